# Azure-registreringsguiden: alla texter som widgeten visar.
# Där artikeln har texten används den ordagrant.

## Widgeten som helhet

widget-title = Registrera dig för en Azure-prenumeration med ditt Microsoft 365-konto
article-date = Artikeln uppdaterades den 20 augusti 2020.
entra-note = Azure Active Directory (Azure AD) heter nu Microsoft Entra ID.
language-label = Språk
language-name = Svenska
new-tab = (öppnas i en ny flik)
load-error = Guiden kunde inte läsas in. Läs in sidan igen för att försöka på nytt.
internal-error = Något gick fel i guiden. Läs in sidan igen för att fortsätta. Dina framsteg har sparats.
list-pair = { $first } och { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } och { $second }

## Genomgången

walkthrough-heading = Skaffa en Azure-prenumeration med hjälp av ditt Microsoft 365-konto
intro-m365 = Om du har en Microsoft 365-prenumeration kan du använda ditt Microsoft 365-konto för att skapa en Azure-prenumeration.
intro-sign-up = Om du vill konfigurera virtuella datorer eller använda andra Azure-tjänster måste du registrera dig för en Azure-prenumeration.
intro-share = Du kan dela din Azure-prenumeration med andra och { $link }.

walkthrough-save-time = Spara tid och undvik kontospridning genom att registrera dig för Azure med ditt användarnamn och lösenord för Microsoft 365.
steps-nav-label = Steg
progress-label = Steg { $current } av { $total }
progress-optional = Valfritt steg
# Before the optional steps' names in the step list ("Optional: Add other people · Check it in the portal").
steps-optional = Valfritt:
# After an optional step's name, for screen readers.
step-optional-note = (valfritt)
step-done = (klart)
step-sign-up-title = Registrera dig
step-sign-up-text = Registrera dig på { $link }.
step-sign-in-title = Logga in
step-sign-in-text = Logga in med ditt användarnamn och lösenord för Microsoft 365. Det konto som du använder behöver inte ha administratörsbehörighet.
step-sign-in-several = Om du har fler än ett Microsoft 365-konto använder du autentiseringsuppgifterna för det Microsoft 365-konto som du vill associera med din Azure-prenumeration.
step-finish-title = Slutför registreringen
step-finish-text = Ange den information som krävs och slutför registreringsprocessen. Viss information krävs kanske inte om du redan har ett Microsoft 365-konto.
step-add-people-title = Lägg till andra personer
step-add-people-text = Om du behöver lägga till andra personer i din organisation till Azure-prenumerationen kan du läsa { $link }.
step-check-title = Kontrollera i portalen
step-check-tag = Guidens hjälp
step-check-note = Det här steget finns inte i artikeln: det är guidens egen hjälp för att kontrollera var prenumerationen hamnade.
step-check-directory = Öppna { $link } för att se vilken katalog du är inloggad i och byta till en annan.
step-check-subscriptions = Öppna { $link } för att hitta din prenumeration.
step-check-wrong = Om den hamnade i fel katalog läser du { $link }.
step-check-transfer = Om du vill flytta den till en annan katalog läser du { $link }.
button-back = Föregående
button-next = Nästa
button-finish = Slutför
button-restart = Börja om
done-heading = Klart
done-text = Om du registrerade dig med ditt Microsoft 365-konto finns Azure-prenumerationen i samma katalog som din Microsoft 365-prenumeration, så samma användarkonton fungerar för båda.
done-portal = Öppna Azure-portalen
portal-text = Logga in på { $link } med ditt användarnamn och lösenord för Microsoft 365.
next-steps-heading = Nästa steg
next-steps-rbac = Dela din Azure-prenumeration med andra och { $link }.
help-heading = Behöver du hjälp? Kontakta oss.
help-text = Om du har frågor eller behöver hjälp kan du { $link }.
already-both = Om du redan har både ett Microsoft 365-konto och en Azure-prenumeration läser du artikeln om att { $link }.
announce-step = Steg { $current } av { $total }: { $title }
announce-optional = Valfritt steg: { $title }
announce-done = Klart.

## Länktexter

link-azure-com = Azure.com
link-portal = Azure-portalen
link-rbac-assign = använd rollbaserad åtkomstkontroll för att hantera åtkomst till din Azure-prenumeration och dina resurser
link-rbac-use = använda rollbaserad åtkomstkontroll för att hantera åtkomst till din Azure-prenumeration och dina resurser
link-rbac-overview = Kom igång med åtkomsthantering i Azure-portalen
link-associate = associera en Microsoft 365-klientorganisation med en Azure-prenumeration
link-how-associated = Så är Azure-prenumerationer associerade med Azure Active Directory
link-support = skapa en supportbegäran
link-portal-directories = Kataloger + prenumerationer i Azure-portalen
link-portal-subscriptions = Prenumerationer i Azure-portalen
link-associate-entra = Associera eller lägga till en Azure-prenumeration i din Microsoft Entra-klientorganisation
link-transfer = Överföra en Azure-prenumeration till en annan Microsoft Entra-katalog

## Illustrationer i stället för artikelns skärmbilder

illus-signup-alt = Illustration som visar registreringssidan för Azure i en webbläsare.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Registrera dig för Azure
illus-signup-button = Kom igång
illus-sign-in-alt = Illustration som visar inloggningssidan.
illus-email = du@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Illustration som visar registreringsformuläret.
illus-form-heading = Om dig
illus-sign-in-heading = Logga in
illus-form-button = Registrera dig
illus-check-alt = Illustration av sidan Kataloger + prenumerationer i Azure-portalen, med den aktuella katalogen markerad.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Kataloger + prenumerationer
illus-check-current = Aktuell katalog
illus-check-all = Alla kataloger
illus-check-switch = Växla

## Diagrammet

diagram-heading = Mer information om Azure- och Microsoft 365-prenumerationer
diagram-intro = Microsoft 365 och Azure använder Azure AD-tjänsten för att hantera användare och prenumerationer. Azure-katalogen är som en container där du kan gruppera användare och prenumerationer. Om du vill använda samma användarkonton för dina Azure- och Microsoft 365-prenumerationer behöver du se till att Azure-prenumerationerna skapas i samma katalog som Microsoft 365-prenumerationerna.
diagram-hint = Välj ett scenario och sedan en ruta för att läsa varför den finns där.
diagram-more = Mer information finns i { $link }.
scenarios-label = Scenarier
scenario-recommended = Samma konto (rekommenderas)
scenario-sprawl = Ett personligt konto
scenario-other = Ett arbetskonto i en annan organisation
scenario-share = Dela prenumerationen
node-directory = Katalog: { $name }
directory-contoso = Contoso
directory-personal = Personlig
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure-prenumeration
sub-m365 = Microsoft 365-prenumeration
new-badge = { $kind ->
    [account] Nytt
   *[other] Ny
}
figure-rule = Regeln: en prenumeration hamnar i katalogen för den användare som skapar den.
figure-unsure = Vet du inte vilket scenario som gäller dig? Bilden visar läget innan du registrerar dig. Öppna { $link } för att se vilken katalog ditt Microsoft 365-konto finns i.
figure-you = Du
figure-you-accounts = { $count ->
    [one] en person, ett konto
   *[other] en person, { $count } konton: ett i varje katalog
}
account-work = Ditt Microsoft 365-konto
account-personal = Ditt personliga konto
account-other = Ditt Fabrikam-konto
note-admin = administratör
in-contoso = i katalogen Contoso
in-personal = i katalogen Personlig
in-fabrikam = i katalogen Fabrikam
note-created = { $who ->
    [work] du skapade den med ditt Microsoft 365-konto och äger den
    [other] du skapade den med ditt Fabrikam-konto och äger den
   *[personal] du skapade den med ditt personliga konto och äger den
}
note-owned-by-directory = ägs av katalogen, hanteras av { $managers }
note-shared = { $names } har också åtkomst (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, administratör
name-new = { $kind ->
    [account] { $name }, nytt
   *[other] { $name }, ny
}
why-directory = { $kind ->
    [organization] Din organisations katalog: här finns ditt Microsoft 365-konto, dina kollegors konton och Microsoft 365-prenumerationen.
    [other] En annan organisations katalog, där ditt Fabrikam-konto finns. Ingen från { $other } finns i den, och det är Fabrikams administratörer som bestämmer vilka som ska finnas där.
   *[personal] En egen katalog för ditt personliga konto. Katalogen skapades när du registrerade dig med kontot. Ingen från { $other } finns i den.
}
why-account = { $who ->
    [work] Kontot finns { $where }, så det du skapar med det hamnar också där.
    [personal] Kontot finns { $where }, inte i { $other }, så det du skapar med det hamnar där.
    [other] Kontot hör till en annan organisation och finns { $where }, inte i { $other }, så det du skapar med det hamnar där.
   *[admin] { $name } är administratör { $where } och hanterar Microsoft 365-prenumerationen.
}
why-access = { $name } har också åtkomst till din Azure-prenumeration genom rollbaserad åtkomstkontroll. { $name } finns redan i samma katalog och behöver inget nytt konto.
why-subscription = { $who ->
    [work] Du skapade den med ditt Microsoft 365-konto, så den hamnade { $where }, bredvid Microsoft 365-prenumerationen.
    [personal] Du skapade den med ditt personliga konto, så den hamnade { $where }, åtskild från { $other } och dess Microsoft 365-prenumeration.
    [other] Du skapade den med ditt Fabrikam-konto, så den hamnade { $where }, en annan organisations katalog, åtskild från { $other } och dess Microsoft 365-prenumeration.
   *[directory] Katalogen äger den, och { $managers }, som är administratör, hanterar den.
}

## Artikelns punkter om kataloger och prenumerationer

rules-heading = Tänk på följande punkter:
rule-created-under = En prenumeration skapas under en katalog.
rule-users-belong = Användare tillhör kataloger.
rule-lands-in = En prenumeration hamnar i katalogen för den användare som skapar prenumerationen. Din Microsoft 365-prenumeration är alltså kopplad till samma konto som din Azure-prenumeration.
rule-azure-owned = Azure-prenumerationer ägs av enskilda användare i katalogen.
rule-m365-owned = Microsoft 365-prenumerationer ägs av själva katalogen. Användare med rätt behörigheter i katalogen kan hantera dessa prenumerationer.

## Scenernas texter

scene-same-account = Med ditt Microsoft 365-konto hamnar Azure-prenumerationen i Contoso, bredvid Microsoft 365-prenumerationen, och samma användarkonton fungerar för båda.
scene-sprawl-result = Med ett annat konto, ett personligt, hamnar Azure-prenumerationen i det kontots egen katalog. Nu finns det två kataloger, och användarna i Contoso finns inte i den nya: det är den kontospridning som artikeln varnar för.
scene-other-result = Med ett arbetskonto i en annan organisation hamnar Azure-prenumerationen i den organisationens katalog, Fabrikam, inte i Contoso. Användarna i Contoso finns inte där, och du kan förlora åtkomsten till den när du lämnar den organisationen.
scene-access-shared = Du ger Alex åtkomst till Azure-prenumerationen genom rollbaserad åtkomstkontroll. Alex finns redan i katalogen, så inget nytt konto behövs. Läs om hur du kan { $link }.

## Ditt eget fall: guidens egen hjälp i steg 2 och i diagrammet, inte artikelns text

case-heading = Var hamnar din prenumeration?
case-intro = Ange de två adresserna eller välj ett alternativ nedan. Det här är en förutsägelse utifrån adressernas domäner, inte en sökning: det du skriver lämnar aldrig sidan och sparas inte.
case-m365-label = Adressen du använder för Microsoft 365
case-sign-up-label = Adressen du använder när du registrerar dig för Azure
case-choices-label = Eller välj kontot du ska registrera dig med
case-pick-same = Mitt arbetskonto, det jag använder för Microsoft 365
case-pick-other = Ett arbetskonto i en annan organisation
case-pick-personal = Ett personligt konto (outlook.com, gmail.com eller en annan personlig adress)
case-pick-unknown = Vet inte
case-verdict-label = Förutsägelse:
case-verdict-read = Förutsägelse för { $from } → { $to }:
case-verdict-likely = Mycket troligt samma katalog. En klientorganisations onmicrosoft.com-domän och en domän med samma namn, eller en domän och en underdomän till den, hör oftast till samma organisation. Kontrollera det först: logga in på Azure-portalen och titta under Kataloger + prenumerationer.
case-verdict-same = Samma katalog. Azure-prenumerationen hamnar i din organisations katalog, bredvid din Microsoft 365-prenumeration, och samma användarkonton fungerar för båda.
case-verdict-personal = En ny katalog. Med en personlig adress (till exempel outlook.com, gmail.com eller yahoo.com) registrerar du dig med ett personligt Microsoft-konto, som får en egen katalog. Prenumerationen hamnar där, åtskild från din organisation och dess användare. Det är kontospridning. Registrera dig med ditt Microsoft 365-konto i stället.
case-verdict-other = Troligen en annan katalog. Två olika arbetsdomäner hör oftast till två olika organisationer, och prenumerationen hamnar i katalogen för den organisation vars konto du registrerar dig med. En organisation kan dock ha flera domäner: kontrollera under Kataloger + prenumerationer i Azure-portalen och registrera dig med kontot i den organisation som ska ha prenumerationen.
case-verdict-unknown = Det går inte att avgöra än. Kontrollera först vilken katalog ditt Microsoft 365-konto finns i: logga in på Azure-portalen med det och titta under Kataloger + prenumerationer.
case-unreadable = { $field ->
    [m365] Microsoft 365-adressen ser inte ut som en e-postadress.
   *[sign-up] Adressen du registrerar dig med ser inte ut som en e-postadress.
}
case-table-caption = Var prenumerationen hamnar
case-table-account = Om du registrerar dig med
case-table-lands = Hamnar den i
case-table-do = Vad du ska göra
case-lands-same = din organisations katalog, bredvid Microsoft 365
case-lands-personal = en ny, egen katalog
case-lands-other = den andra organisationens katalog
case-lands-unknown = går inte att avgöra utifrån adressen
case-do-same = Inget mer: samma användarkonton fungerar för båda.
case-do-personal = Registrera dig med ditt Microsoft 365-konto i stället.
case-do-other = Registrera dig med kontot i den organisation som ska ha prenumerationen.
case-do-unknown = Kontrollera först i portalen, under Kataloger + prenumerationer.
