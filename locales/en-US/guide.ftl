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
load-error = The guide could not be loaded. Reload the page to try again.
internal-error = Something went wrong in the guide. Reload the page to go on; your progress is saved.
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
step-optional-tag = Optional
step-done = (done)
step-sign-up-title = Sign up
step-sign-up-text = Sign up at { $link }.
step-sign-in-title = Sign in
step-sign-in-text = Sign in with your Microsoft 365 user name and password. The account you use doesn't need administrator permissions.
step-sign-in-several = If you have more than one Microsoft 365 account, use the credentials for the Microsoft 365 account that you want to associate with your Azure subscription.
account-question = How many Microsoft 365 accounts do you have?
account-one = One
account-several = More than one
account-answer-one = Sign in with that account. It's the one your Azure subscription will be associated with.
account-answer-several = Sign in with the account whose directory should hold the Azure subscription: a subscription lands in the directory of the user who creates it.
step-finish-title = Finish signing up
step-finish-text = Enter the required information and complete the sign-up process. Some information might not be required if you already have a Microsoft 365 account.
step-add-people-title = Add other people
step-add-people-text = If you need to add other people in your organization to the Azure subscription, see { $link }.
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

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Illustration of the Azure sign-up page in a browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Sign up for Azure
illus-signup-button = Start
illus-sign-in-alt = Illustration of the sign-in page.
illus-email = you@contoso.com
illus-password = Password
illus-password-mask = ••••••••
illus-form-alt = Illustration of the sign-up form.
illus-form-heading = About you
illus-form-country = Country/Region
illus-form-name = Name
illus-form-phone = Phone
illus-form-agree = I agree to the subscription agreement

## The diagram

diagram-heading = More about Azure and Microsoft 365 subscriptions
diagram-intro = Microsoft 365 and Azure use the Azure AD service to manage users and subscriptions. The Azure directory is like a container in which you can group users and subscriptions. To use the same user accounts for your Azure and Microsoft 365 subscriptions, make sure the Azure subscriptions are created in the same directory as the Microsoft 365 subscriptions.
diagram-label = Diagram of directories, users, and subscriptions
diagram-hint = Select a box to read about it: click it, or press Tab and the arrow keys, then Enter.
diagram-more = For more information, see { $link }.
scenarios-label = Scenarios
scenario-recommended = Same account (recommended)
scenario-sprawl = Another account
scenario-share = Share the subscription
scene-progress = Scene { $current } of { $total }
button-scene-back = Previous scene
button-scene-next = Next scene
node-directory = Directory: { $name }
directory-contoso = Contoso
directory-personal = Personal
user-you = You
user-alex = Alex
user-you-personal = You (personal account)
user-you-list = you
user-you-personal-list = you (personal account)
node-user = User: { $name }
node-user-admin = User: { $name } (administrator)
sub-azure = Azure subscription
sub-m365 = Microsoft 365 subscription
edge-member-of = member of
edge-owns = owns
edge-manages = manages
edge-has-access = has access (Azure RBAC)
new-badge = New
button-clear-selection = Clear selection
rel-member-of = { $person ->
    [you] You are a member of the { $to } directory.
   *[other] { $from } is a member of the { $to } directory.
}
rel-owns = { $person ->
    [you] You own { $to }.
   *[other] { $from } owns { $to }.
}
rel-directory-owns = The { $name } directory owns { $to }.
ref-sub-azure = the Azure subscription
ref-sub-m365 = the Microsoft 365 subscription
rel-manages = { $person ->
    [you] You manage { $to }.
   *[other] { $from } manages { $to }.
}
rel-has-access = { $person ->
    [you] You have access to { $to } through role-based access control.
   *[other] { $from } has access to { $to } through role-based access control.
}

## The article's points about directories and subscriptions

rules-heading = Keep the following points in mind:
rule-created-under = A subscription is created under a directory.
rule-users-belong = Users belong to directories.
rule-lands-in = A subscription lands in the directory of the user who creates it. So your Microsoft 365 subscription is tied to the same account as your Azure subscription.
rule-azure-owned = Azure subscriptions are owned by individual users in the directory.
rule-m365-owned = Microsoft 365 subscriptions are owned by the directory itself. Users with the right permissions in the directory can manage these subscriptions.

## Scenario scenes

scene-m365-exists = Your organization, Contoso, has a Microsoft 365 subscription. The directory owns it, and Alex, who has the right permissions, manages it. You are a user in the same directory.
scene-same-account = You sign up for Azure with your Microsoft 365 account. The Azure subscription lands in Contoso, the directory you belong to, and you own it. The same user accounts work for both subscriptions.
scene-personal-account = Instead, you sign up with another account, a personal one. That account belongs to a directory of its own, not to Contoso.
scene-sprawl-result = The Azure subscription lands in the personal directory. Now there are two directories, and the users of Contoso are not in the new one: this is the account sprawl the article warns about.
scene-azure-owned = You own an Azure subscription in Contoso, the directory you share with Alex.
scene-access-shared = You give Alex access to the Azure subscription through role-based access control. Alex is already in the directory, so no new account is needed. Learn how to { $link }.

## Text view of the diagram

textview-heading = The diagram as text
textview-directories = { $count ->
    [one] One directory
   *[other] { $count } directories
}
textview-users = { $count ->
    [0] No users.
    [one] One user: { $names }.
   *[other] { $count } users: { $names }.
}
textview-owned-by-user = { $person ->
    [you] { $sub }: owned by you.
   *[other] { $sub }: owned by { $owner }.
}
textview-owned-by-directory = { $sub }: owned by the directory, managed by { $managers }.
textview-owned-by-directory-unmanaged = { $sub }: owned by the directory.
textview-shared = { $sub } can also be used by { $names } through role-based access control.
