# Azure signup guide: every user-visible string of the widget.
# en-US is the reference locale: its message ids define the catalog.
# Variables: $link marks where a link goes; $name, $from, $to are labels;
# $current, $total, $count are numbers.

## The widget as a whole

widget-title = Sign up for an Azure subscription with your Microsoft 365 account
article-date = Article updated August 20, 2020.
entra-note = Azure Active Directory (Azure AD) is now Microsoft Entra ID.
language-label = Language
# The locale's own name for itself, as the language menu lists it.
language-name = English
new-tab = (opens in a new tab)
load-error = The guide couldn't be loaded. Reload the page to try again.
internal-error = Something went wrong in the guide. Reload the page to continue. Your progress is saved.
list-pair = { $first } and { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first }, and { $second }

## The walkthrough

walkthrough-heading = Get an Azure subscription using your Microsoft 365 account
intro-m365 = If you have a Microsoft 365 subscription, you can use your Microsoft 365 account to create an Azure subscription.
intro-sign-up = To set up virtual machines or use other Azure services, you must sign up for an Azure subscription.
intro-share = You can share your Azure subscription with others and { $link }.

walkthrough-save-time = Save time and avoid account sprawl by signing up for Azure with your Microsoft 365 user name and password.
steps-nav-label = Steps
progress-label = Step { $current } of { $total }
progress-optional = Optional step
# Before the optional steps' names in the step list ("Optional: Add other people · Check it in the portal").
steps-optional = Optional:
# After an optional step's name, for screen readers.
step-optional-note = (optional)
step-done = (done)
step-sign-up-title = Sign up
step-sign-up-text = Sign up at { $link }.
step-sign-in-title = Sign in
step-sign-in-text = Sign in with your Microsoft 365 user name and password. The account you use doesn't need administrator permissions.
step-sign-in-several = If you have more than one Microsoft 365 account, use the credentials for the Microsoft 365 account that you want to associate with your Azure subscription.
step-finish-title = Finish signing up
step-finish-text = Enter the required information and complete the sign-up process. Some information might not be required if you already have a Microsoft 365 account.
step-add-people-title = Add other people
step-add-people-text = If you need to add other people in your organization to the Azure subscription, see { $link }.
step-check-title = Check it in the portal
step-check-tag = The guide's help
step-check-note = This step isn't in the article: it's the guide's own help for checking where your subscription landed.
step-check-directory = Open { $link } to see which directory you're signed in to, and to switch to another one.
step-check-subscriptions = Open { $link } to find your subscription.
step-check-wrong = If it landed in the wrong directory, see { $link }.
step-check-transfer = To move it to another directory, see { $link }.
button-back = Back
button-next = Next
button-finish = Finish
button-restart = Start over
done-heading = You're done
done-text = If you signed up with your Microsoft 365 account, your Azure subscription is in the same directory as your Microsoft 365 subscription, so the same user accounts work for both.
done-portal = Open the Azure portal
portal-text = Sign in to the { $link } with your Microsoft 365 user name and password.
next-steps-heading = Next steps
next-steps-rbac = Share your Azure subscription with others and { $link }.
help-heading = Need help? Contact us.
help-text = If you have questions or need help, { $link }.
already-both = If you already have both a Microsoft 365 account and an Azure subscription, see the article about how to { $link }.
announce-step = Step { $current } of { $total }: { $title }
announce-optional = Optional step: { $title }
announce-done = You're done.

## Link texts

link-azure-com = Azure.com
link-portal = Azure portal
link-rbac-assign = use role-based access control to manage access to your Azure subscription and your resources
link-rbac-use = use role-based access control to manage access to your Azure subscription and your resources
link-rbac-overview = Get started with access management in the Azure portal
link-associate = associate a Microsoft 365 tenant with an Azure subscription
link-how-associated = How Azure subscriptions are associated with Azure Active Directory
link-support = create a support request
link-portal-directories = Directories + subscriptions in the Azure portal
link-portal-subscriptions = Subscriptions in the Azure portal
link-associate-entra = Associate or add an Azure subscription to your Microsoft Entra tenant
link-transfer = Transfer an Azure subscription to a different Microsoft Entra directory

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Illustration of the Azure sign-up page in a browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Sign up for Azure
illus-signup-button = Start
illus-sign-in-alt = Illustration of the sign-in page.
illus-email = you@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Illustration of the sign-up form.
illus-form-heading = About you
# The sign-in page's heading and the sign-up form's button, as the real pages word them.
illus-sign-in-heading = Sign in
illus-form-button = Sign up
illus-check-alt = Illustration of the Azure portal's Directories + subscriptions page, with the current directory marked.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Directories + subscriptions
illus-check-current = Current directory
illus-check-all = All directories
illus-check-switch = Switch

## The diagram

diagram-heading = More about Azure and Microsoft 365 subscriptions
diagram-intro = Microsoft 365 and Azure use the Azure AD service to manage users and subscriptions. The Azure directory is like a container in which you can group users and subscriptions. To use the same user accounts for your Azure and Microsoft 365 subscriptions, make sure the Azure subscriptions are created in the same directory as the Microsoft 365 subscriptions.
diagram-hint = Choose a case, then select any box to read why it's there.
diagram-more = For more information, see { $link }.
scenarios-label = Scenarios
scenario-recommended = Same account (recommended)
scenario-sprawl = A personal account
scenario-other = A work account from another organization
scenario-share = Share the subscription
node-directory = Directory: { $name }
directory-contoso = Contoso
directory-personal = Personal
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure subscription
sub-m365 = Microsoft 365 subscription
# $kind: directory, account or subscription, for languages whose words agree with it
# (Swedish: "ny katalog", "nytt konto").
new-badge = { $kind ->
   *[other] New
}
figure-rule = The rule: a subscription lands in the directory of the user who creates it.
figure-unsure = Not sure which case is yours? The figure shows where things stand before you sign up. To see which directory your Microsoft 365 account is in, open { $link }.
figure-you = You
figure-you-accounts = { $count ->
    [one] one person, one account
   *[other] one person, { $count } accounts: one in each directory
}
account-work = Your Microsoft 365 account
account-personal = Your personal account
account-other = Your Fabrikam account
note-admin = administrator
in-contoso = in the Contoso directory
in-personal = in the Personal directory
in-fabrikam = in the Fabrikam directory
note-created = { $who ->
    [work] you created it with your Microsoft 365 account, and you own it
    [other] you created it with your Fabrikam account, and you own it
   *[personal] you created it with your personal account, and you own it
}
note-owned-by-directory = owned by the directory, managed by { $managers }
note-shared = { $names } also has access (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, administrator
name-new = { $kind ->
   *[other] { $name }, new
}
why-directory = { $kind ->
    [organization] Your organization's directory: your Microsoft 365 account, your colleagues' accounts, and the Microsoft 365 subscription are all in it.
    [other] Another organization's directory, with your Fabrikam account in it. Nobody from { $other } is in it, and Fabrikam's administrators decide who is.
   *[personal] A directory of its own for your personal account, made when you signed up with it. Nobody from { $other } is in it.
}
why-account = { $who ->
    [work] This account is { $where }, so whatever you create with it lands there too.
    [personal] This account is { $where }, not in { $other }, so whatever you create with it lands there.
    [other] This account belongs to another organization and is { $where }, not in { $other }, so whatever you create with it lands there.
   *[admin] { $name } is an administrator { $where } and manages the Microsoft 365 subscription.
}
why-access = { $name } also has access to your Azure subscription through role-based access control. { $name } is already in the same directory and doesn't need a new account.
why-subscription = { $who ->
    [work] You created it with your Microsoft 365 account, so it landed { $where }, next to the Microsoft 365 subscription.
    [personal] You created it with your personal account, so it landed { $where }, apart from { $other } and its Microsoft 365 subscription.
    [other] You created it with your Fabrikam account, so it landed { $where }, another organization's directory, apart from { $other } and its Microsoft 365 subscription.
   *[directory] The directory owns it, and { $managers }, an administrator, manages it.
}

## The article's points about directories and subscriptions

rules-heading = Keep the following points in mind:
rule-created-under = A subscription is created under a directory.
rule-users-belong = Users belong to directories.
rule-lands-in = A subscription lands in the directory of the user who creates it. So your Microsoft 365 subscription is tied to the same account as your Azure subscription.
rule-azure-owned = Azure subscriptions are owned by individual users in the directory.
rule-m365-owned = Microsoft 365 subscriptions are owned by the directory itself. Users with the right permissions in the directory can manage these subscriptions.

## Scenario scenes

scene-same-account = With your Microsoft 365 account, the Azure subscription lands in Contoso, next to the Microsoft 365 subscription, and the same user accounts work for both.
scene-sprawl-result = With another account, a personal one, the Azure subscription lands in that account's own directory. Now there are two directories, and the users of Contoso aren't in the new one: this is the account sprawl the article warns about.
scene-other-result = With a work account from another organization, the Azure subscription lands in that organization's directory, Fabrikam, not in Contoso. The users of Contoso aren't in it, and you might lose access to it when you leave that organization.
scene-access-shared = You give Alex access to the Azure subscription through role-based access control. Alex is already in the directory, so no new account is needed. Learn how to { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Where will your subscription land?
case-intro = Enter the two addresses or choose below. This is a prediction from the addresses' domains, not a lookup: what you enter never leaves this page and isn't saved.
case-m365-label = The address you use for Microsoft 365
case-sign-up-label = The address you'll use to sign up for Azure
case-choices-label = Or choose the account you'll sign up with
case-pick-same = My work account, the one I use for Microsoft 365
case-pick-other = A work account from another organization
case-pick-personal = A personal account (outlook.com, gmail.com, or any other personal address)
case-pick-unknown = Not sure
case-verdict-label = Prediction:
# The label of a verdict from two typed addresses: their domains only (never the part
# before the @), as read.
case-verdict-read = Prediction for { $from } → { $to }:
case-verdict-likely = Very likely the same directory. A tenant's onmicrosoft.com domain and a domain with the same name, or a domain and its subdomain, usually belong to the same organization. Check first: sign in to the Azure portal and look under Directories + subscriptions.
case-verdict-same = Same directory. The Azure subscription lands in your organization's directory, next to your Microsoft 365 subscription, and the same user accounts work for both.
case-verdict-personal = A new directory. With a personal address (such as outlook.com, gmail.com, or yahoo.com), you sign up with a personal Microsoft account, which gets a directory of its own. The subscription lands there, apart from your organization and its users. That's account sprawl. Sign up with your Microsoft 365 account instead.
case-verdict-other = Probably another directory. Two different work domains usually belong to two organizations, and the subscription lands in the directory of the organization whose account you sign up with. But one organization can have several domains: check under Directories + subscriptions in the Azure portal, and sign up with the account of the organization that should hold the subscription.
case-verdict-unknown = Can't tell yet. Check first which directory your Microsoft 365 account is in: sign in to the Azure portal with it and look under Directories + subscriptions.
case-unreadable = { $field ->
    [m365] The Microsoft 365 address doesn't look like an email address.
   *[sign-up] The sign-up address doesn't look like an email address.
}
case-table-caption = Where your subscription lands
case-table-account = If you sign up with
case-table-lands = It lands in
case-table-do = What to do
case-lands-same = your organization's directory, next to Microsoft 365
case-lands-personal = a new directory of its own
case-lands-other = the other organization's directory
case-lands-unknown = can't be determined from the address
case-do-same = Nothing more: the same user accounts work for both.
case-do-personal = Sign up with your Microsoft 365 account instead.
case-do-other = Sign up with the account of the organization that should hold the subscription.
case-do-unknown = Check in the portal first, under Directories + subscriptions.
