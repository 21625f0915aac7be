# Azure-registreringsguiden: alla texter som widgeten visar.
# Där artikeln har texten används den ordagrant.

## Widgeten som helhet

widget-title = Registrera dig för en Azure-prenumeration med ditt Microsoft 365-konto
article-date = Artikeln uppdaterades den 20 augusti 2020.
entra-note = Azure Active Directory (Azure AD) heter nu Microsoft Entra ID.
language-label = Språk
language-name = Svenska
new-tab = (öppnas på en ny flik)
load-error = Guiden kunde inte läsas in. Läs in sidan igen för att försöka på nytt.
internal-error = Något gick fel i guiden. Läs in sidan igen för att fortsätta; dina framsteg har sparats.
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
step-optional-tag = Valfritt
step-done = (klart)
step-sign-up-title = Registrera dig
step-sign-up-text = Registrera dig på { $link }.
step-sign-in-title = Logga in
step-sign-in-text = Logga in med ditt användarnamn och lösenord för Microsoft 365. Det konto som du använder behöver inte ha administratörsbehörighet.
step-sign-in-several = Om du har fler än ett Microsoft 365-konto använder du autentiseringsuppgifterna för det Microsoft 365-konto som du vill associera med din Azure-prenumeration.
account-question = Hur många Microsoft 365-konton har du?
account-one = Ett
account-several = Fler än ett
account-answer-one = Logga in med det kontot. Det är det kontot som din Azure-prenumeration associeras med.
account-answer-several = Logga in med det konto vars katalog Azure-prenumerationen ska hamna i: en prenumeration hamnar i katalogen för den användare som skapar den.
step-finish-title = Slutför registreringen
step-finish-text = Ange den information som krävs och slutför registreringsprocessen. Viss information krävs kanske inte om du redan har ett Microsoft 365-konto.
step-add-people-title = Lägg till andra personer
step-add-people-text = Om du behöver lägga till andra personer i din organisation till Azure-prenumerationen kan du läsa { $link }.
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

## Illustrationer i stället för artikelns skärmbilder

illus-signup-alt = Illustration som visar registreringssidan för Azure i en webbläsare.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Registrera dig för Azure
illus-signup-button = Kom igång
illus-sign-in-alt = Illustration som visar inloggningssidan.
illus-email = du@contoso.com
illus-password = Lösenord
illus-password-mask = ••••••••
illus-form-alt = Illustration som visar registreringsformuläret.
illus-form-heading = Om dig
illus-form-country = Land/region
illus-form-name = Namn
illus-form-phone = Telefon
illus-form-agree = Jag godkänner prenumerationsavtalet

## Diagrammet

diagram-heading = Mer information om Azure- och Microsoft 365-prenumerationer
diagram-intro = Microsoft 365 och Azure använder Azure AD-tjänsten för att hantera användare och prenumerationer. Azure-katalogen är som en container där du kan gruppera användare och prenumerationer. Om du vill använda samma användarkonton för dina Azure- och Microsoft 365-prenumerationer behöver du se till att Azure-prenumerationerna skapas i samma katalog som Microsoft 365-prenumerationerna.
diagram-label = Diagram över kataloger, användare och prenumerationer
diagram-hint = Välj en ruta för att läsa om den: klicka på den eller tryck på Tabb och piltangenterna och sedan på Retur.
diagram-more = Mer information finns i { $link }.
scenarios-label = Scenarier
scenario-recommended = Samma konto (rekommenderas)
scenario-sprawl = Ett annat konto
scenario-share = Dela prenumerationen
scene-progress = Scen { $current } av { $total }
button-scene-back = Föregående scen
button-scene-next = Nästa scen
node-directory = Katalog: { $name }
directory-contoso = Contoso
directory-personal = Personlig
user-you = Du
user-alex = Alex
user-you-personal = Du (personligt konto)
user-you-list = du
user-you-personal-list = du (personligt konto)
node-user = Användare: { $name }
node-user-admin = Användare: { $name } (administratör)
sub-azure = Azure-prenumeration
sub-m365 = Microsoft 365-prenumeration
edge-member-of = medlem i
edge-owns = äger
edge-manages = hanterar
edge-has-access = har åtkomst (RBAC)
new-badge = Ny
button-clear-selection = Rensa markeringen
rel-member-of = { $person ->
    [you] Du är medlem i katalogen { $to }.
   *[other] { $from } är medlem i katalogen { $to }.
}
rel-owns = { $person ->
    [you] Du äger { $to }.
   *[other] { $from } äger { $to }.
}
rel-directory-owns = Katalogen { $name } äger { $to }.
ref-sub-azure = Azure-prenumerationen
ref-sub-m365 = Microsoft 365-prenumerationen
rel-manages = { $person ->
    [you] Du hanterar { $to }.
   *[other] { $from } hanterar { $to }.
}
rel-has-access = { $person ->
    [you] Du har åtkomst till { $to } genom rollbaserad åtkomstkontroll.
   *[other] { $from } har åtkomst till { $to } genom rollbaserad åtkomstkontroll.
}

## Artikelns punkter om kataloger och prenumerationer

rules-heading = Tänk på följande punkter:
rule-created-under = En prenumeration skapas under en katalog.
rule-users-belong = Användare tillhör kataloger.
rule-lands-in = En prenumeration hamnar i katalogen för den användare som skapar prenumerationen. Din Microsoft 365-prenumeration är alltså kopplad till samma konto som din Azure-prenumeration.
rule-azure-owned = Azure-prenumerationer ägs av enskilda användare i katalogen.
rule-m365-owned = Microsoft 365-prenumerationer ägs av själva katalogen. Användare med rätt behörigheter i katalogen kan hantera dessa prenumerationer.

## Scenernas texter

scene-m365-exists = Din organisation, Contoso, har en Microsoft 365-prenumeration. Katalogen äger den, och Alex, som har rätt behörigheter, hanterar den. Du är användare i samma katalog.
scene-same-account = Du registrerar dig för Azure med ditt Microsoft 365-konto. Azure-prenumerationen hamnar i Contoso, katalogen som du tillhör, och du äger den. Samma användarkonton fungerar för båda prenumerationerna.
scene-personal-account = I stället registrerar du dig med ett annat konto, ett personligt. Det kontot tillhör en egen katalog, inte Contoso.
scene-sprawl-result = Azure-prenumerationen hamnar i den personliga katalogen. Nu finns det två kataloger, och användarna i Contoso finns inte i den nya: det är den kontospridning som artikeln varnar för.
scene-azure-owned = Du äger en Azure-prenumeration i Contoso, katalogen som du delar med Alex.
scene-access-shared = Du ger Alex åtkomst till Azure-prenumerationen genom rollbaserad åtkomstkontroll. Alex finns redan i katalogen, så inget nytt konto behövs. Läs om hur du kan { $link }.

## Diagrammet som text

textview-heading = Diagrammet som text
textview-directories = { $count ->
    [one] En katalog
   *[other] { $count } kataloger
}
textview-users = { $count ->
    [0] Inga användare.
    [one] En användare: { $names }.
   *[other] { $count } användare: { $names }.
}
textview-owned-by-user = { $person ->
    [you] { $sub }: ägs av dig.
   *[other] { $sub }: ägs av { $owner }.
}
textview-owned-by-directory = { $sub }: ägs av katalogen och hanteras av { $managers }.
textview-owned-by-directory-unmanaged = { $sub }: ägs av katalogen.
textview-shared = { $sub } kan också användas av { $names } genom rollbaserad åtkomstkontroll.
