# Azure-registratiegids: alle teksten die de widget toont.
# Termen volgen de Nederlandse documentatie van Microsoft; de lezer wordt met 'u' aangesproken.

## The widget as a whole

widget-title = Met uw Microsoft 365-account registreren voor een Azure-abonnement
article-date = Artikel bijgewerkt op 20 augustus 2020.
entra-note = Azure Active Directory (Azure AD) heet nu Microsoft Entra ID.
language-label = Taal
language-name = Nederlands
new-tab = (wordt geopend in een nieuw tabblad)
load-error = De gids kan niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.
internal-error = Er is iets misgegaan in de gids. Laad de pagina opnieuw om verder te gaan; uw voortgang is opgeslagen.
list-pair = { $first } en { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } en { $second }

## The walkthrough

walkthrough-heading = Een Azure-abonnement aanvragen met uw Microsoft 365-account
intro-m365 = Als u een Microsoft 365-abonnement hebt, kunt u met uw Microsoft 365-account een Azure-abonnement maken.
intro-sign-up = Wilt u virtuele machines instellen of andere Azure-services gebruiken, dan moet u zich registreren voor een Azure-abonnement.
intro-share = U kunt uw Azure-abonnement met anderen delen en { $link }.

walkthrough-save-time = Registreer u voor Azure met de gebruikersnaam en het wachtwoord van uw Microsoft 365-account: zo bespaart u tijd en voorkomt u extra accounts.
steps-nav-label = Stappen
progress-label = Stap { $current } van { $total }
progress-optional = Optionele stap
# Vóór de namen van de optionele stappen in de stappenlijst ("Optioneel: Anderen toevoegen · Controleren in de portal").
steps-optional = Optioneel:
# Na de naam van een optionele stap, voor schermlezers.
step-optional-note = (optioneel)
step-done = (voltooid)
step-sign-up-title = Registreren
step-sign-up-text = Registreer u op { $link }.
step-sign-in-title = Aanmelden
step-sign-in-text = Meld u aan met de gebruikersnaam en het wachtwoord van uw Microsoft 365-account. Het account dat u gebruikt, hoeft geen beheerdersmachtigingen te hebben.
step-sign-in-several = Hebt u meer dan één Microsoft 365-account, gebruik dan de referenties van het Microsoft 365-account dat u aan uw Azure-abonnement wilt koppelen.
step-finish-title = Registratie voltooien
step-finish-text = Vul de vereiste gegevens in en rond de registratie af. Als u al een Microsoft 365-account hebt, zijn sommige gegevens mogelijk niet nodig.
step-add-people-title = Anderen toevoegen
step-add-people-text = Wilt u andere personen uit uw organisatie aan het Azure-abonnement toevoegen, raadpleeg dan { $link }.
step-check-title = Controleren in de portal
step-check-tag = Hulp van de gids
step-check-note = Deze stap staat niet in het artikel: de gids voegt hem zelf toe, zodat u kunt controleren waar uw abonnement terecht is gekomen.
step-check-directory = Open de pagina { $link } om te zien bij welke map u bent aangemeld en om naar een andere map over te schakelen.
step-check-subscriptions = Open de pagina { $link } om uw abonnement te vinden.
step-check-wrong = Is het abonnement in de verkeerde map terechtgekomen, raadpleeg dan { $link }.
step-check-transfer = Wilt u het abonnement naar een andere map verplaatsen, raadpleeg dan { $link }.
button-back = Vorige
button-next = Volgende
button-finish = Voltooien
button-restart = Opnieuw beginnen
done-heading = Klaar
done-text = Als u zich met uw Microsoft 365-account hebt geregistreerd, staat uw Azure-abonnement in dezelfde map als uw Microsoft 365-abonnement. Dezelfde gebruikersaccounts werken dus voor allebei.
done-portal = Azure-portal openen
portal-text = Meld u met de gebruikersnaam en het wachtwoord van uw Microsoft 365-account aan bij de { $link }.
next-steps-heading = Volgende stappen
next-steps-rbac = Deel uw Azure-abonnement met anderen en { $link }.
help-heading = Hulp nodig? Neem contact met ons op.
help-text = Hebt u vragen of hebt u hulp nodig, dan kunt u { $link }.
already-both = Hebt u al zowel een Microsoft 365-account als een Azure-abonnement, raadpleeg dan het artikel { $link }.
announce-step = Stap { $current } van { $total }: { $title }
announce-optional = Optionele stap: { $title }
announce-done = Klaar.

## Link texts

link-azure-com = Azure.com
link-portal = Azure-portal
link-rbac-assign = beheer de toegang tot uw Azure-abonnement en uw resources met op rollen gebaseerd toegangsbeheer van Azure (Azure RBAC)
link-rbac-use = de toegang tot uw Azure-abonnement en uw resources beheren met op rollen gebaseerd toegangsbeheer van Azure (Azure RBAC)
link-rbac-overview = Aan de slag met toegangsbeheer in de Azure-portal
link-associate = Een Microsoft 365-tenant koppelen aan een Azure-abonnement
link-how-associated = Hoe Azure-abonnementen worden gekoppeld aan Azure Active Directory
link-support = een ondersteuningsaanvraag maken
link-portal-directories = Mappen + abonnementen in de Azure-portal
link-portal-subscriptions = Abonnementen in de Azure-portal
link-associate-entra = Een Azure-abonnement koppelen aan of toevoegen aan uw Microsoft Entra-tenant
link-transfer = Een Azure-abonnement overdragen naar een andere Microsoft Entra-map

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Illustratie van de registratiepagina van Azure in een browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Registreren voor Azure
illus-signup-button = Starten
illus-sign-in-alt = Illustratie van de aanmeldingspagina.
illus-email = naam@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Illustratie van het registratieformulier.
illus-form-heading = Over u
illus-sign-in-heading = Aanmelden
illus-form-button = Registreren
illus-check-alt = Illustratie van de pagina Mappen + abonnementen in de Azure-portal, met de huidige map gemarkeerd.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Mappen + abonnementen
illus-check-current = Huidige map
illus-check-all = Alle mappen
illus-check-switch = Overschakelen

## The diagram

diagram-heading = Meer over Azure- en Microsoft 365-abonnementen
diagram-intro = Microsoft 365 en Azure beheren gebruikers en abonnementen met de Azure AD-service. De Azure-map werkt als een container waarin u gebruikers en abonnementen kunt groeperen. Wilt u dezelfde gebruikersaccounts gebruiken voor uw Azure- en Microsoft 365-abonnementen, zorg er dan voor dat de Azure-abonnementen in dezelfde map worden gemaakt als de Microsoft 365-abonnementen.
diagram-hint = Kies een scenario en selecteer dan een vak om te lezen waarom het daar staat.
diagram-more = Zie { $link } voor meer informatie.
scenarios-label = Scenario's
scenario-recommended = Hetzelfde account (aanbevolen)
scenario-sprawl = Een persoonlijk account
scenario-other = Een werkaccount van een andere organisatie
scenario-share = Het abonnement delen
node-directory = Map: { $name }
directory-contoso = Contoso
directory-personal = Persoonlijk
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure-abonnement
sub-m365 = Microsoft 365-abonnement
# $kind: directory, account of subscription. Het label staat los, dus 'Nieuw' verandert niet.
new-badge = { $kind ->
   *[other] Nieuw
}
figure-rule = De regel: een abonnement komt terecht in de map van de gebruiker die het maakt.
figure-unsure = Weet u niet welk scenario op u van toepassing is? De afbeelding toont de situatie vóór uw registratie. Open de pagina { $link } om te zien in welke map uw Microsoft 365-account staat.
figure-you = U
figure-you-accounts = { $count ->
    [one] één persoon, één account
   *[other] één persoon, { $count } accounts: één in elke map
}
account-work = Uw Microsoft 365-account
account-personal = Uw persoonlijke account
account-other = Uw Fabrikam-account
note-admin = beheerder
in-contoso = in de map Contoso
in-personal = in de map Persoonlijk
in-fabrikam = in de map Fabrikam
note-created = { $who ->
    [work] door u gemaakt met uw Microsoft 365-account en uw eigendom
    [other] door u gemaakt met uw Fabrikam-account en uw eigendom
   *[personal] door u gemaakt met uw persoonlijke account en uw eigendom
}
note-owned-by-directory = eigendom van de map, beheerd door { $managers }
note-shared = ook toegankelijk voor { $names } (Azure RBAC)
name-in = { $name } { $where }
name-admin = { $name }, beheerder
name-new = { $kind ->
   *[other] { $name }, nieuw
}
why-directory = { $kind ->
    [organization] De map van uw organisatie: hierin staan uw Microsoft 365-account, de accounts van uw collega's en het Microsoft 365-abonnement.
    [other] De map van een andere organisatie, waarin uw Fabrikam-account staat. Niemand uit { $other } staat erin, en de beheerders van Fabrikam bepalen wie er wel in komt.
   *[personal] Een eigen map voor uw persoonlijke account, gemaakt toen u zich met dat account registreerde. Niemand uit { $other } staat erin.
}
why-account = { $who ->
    [work] Dit account staat { $where }, dus alles wat u ermee maakt, komt daar ook terecht.
    [personal] Dit account staat { $where }, niet in { $other }, dus alles wat u ermee maakt, komt daar terecht.
    [other] Dit account hoort bij een andere organisatie en staat { $where }, niet in { $other }, dus alles wat u ermee maakt, komt daar terecht.
   *[admin] { $name } is beheerder { $where } en beheert het Microsoft 365-abonnement.
}
why-access = Via op rollen gebaseerd toegangsbeheer heeft { $name } ook toegang tot uw Azure-abonnement. { $name } staat al in dezelfde map en heeft dus geen nieuw account nodig.
why-subscription = { $who ->
    [work] U hebt het gemaakt met uw Microsoft 365-account, dus het is { $where } terechtgekomen, naast het Microsoft 365-abonnement.
    [personal] U hebt het gemaakt met uw persoonlijke account, dus het is { $where } terechtgekomen, los van { $other } en het bijbehorende Microsoft 365-abonnement.
    [other] U hebt het gemaakt met uw Fabrikam-account, dus het is terechtgekomen { $where }, de map van een andere organisatie, los van { $other } en het bijbehorende Microsoft 365-abonnement.
   *[directory] Het is eigendom van de map en wordt beheerd door { $managers }, een beheerder.
}

## The article's points about directories and subscriptions

rules-heading = Let op de volgende punten:
rule-created-under = Een abonnement wordt onder een map gemaakt.
rule-users-belong = Gebruikers horen bij mappen.
rule-lands-in = Een abonnement komt terecht in de map van de gebruiker die het maakt. Uw Microsoft 365-abonnement is dus aan hetzelfde account gekoppeld als uw Azure-abonnement.
rule-azure-owned = Azure-abonnementen zijn eigendom van afzonderlijke gebruikers in de map.
rule-m365-owned = Microsoft 365-abonnementen zijn eigendom van de map zelf. Wie in de map de juiste machtigingen heeft, kan deze abonnementen beheren.

## Scenario scenes

scene-same-account = Met uw Microsoft 365-account komt het Azure-abonnement terecht in Contoso, naast het Microsoft 365-abonnement, en werken dezelfde gebruikersaccounts voor allebei.
scene-sprawl-result = Met een ander account, een persoonlijk account, komt het Azure-abonnement terecht in de eigen map van dat account. Nu zijn er twee mappen, en de gebruikers van Contoso staan niet in de nieuwe map: dat zijn de extra accounts waarvoor het artikel waarschuwt.
scene-other-result = Met een werkaccount van een andere organisatie komt het Azure-abonnement terecht in de map van die organisatie, Fabrikam, en niet in Contoso. De gebruikers van Contoso staan daar niet in, en als u die organisatie verlaat, verliest u mogelijk de toegang tot het abonnement.
scene-access-shared = U geeft Alex via op rollen gebaseerd toegangsbeheer toegang tot het Azure-abonnement. Alex staat al in de map, dus er is geen nieuw account nodig. Lees hoe u dat doet: { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Waar komt uw abonnement terecht?
case-intro = Voer de twee adressen in of maak hieronder een keuze. Dit is een voorspelling op basis van de domeinen van de adressen; er wordt niets opgezocht. Wat u invoert, verlaat deze pagina nooit en wordt niet opgeslagen.
case-m365-label = Het adres dat u voor Microsoft 365 gebruikt
case-sign-up-label = Het adres waarmee u zich voor Azure gaat registreren
case-choices-label = Of kies het account waarmee u zich gaat registreren
case-pick-same = Mijn werkaccount, het account dat ik voor Microsoft 365 gebruik
case-pick-other = Een werkaccount van een andere organisatie
case-pick-personal = Een persoonlijk account (outlook.com, gmail.com of een ander persoonlijk adres)
case-pick-unknown = Ik weet het niet zeker
case-verdict-label = Voorspelling:
# Alleen de domeinen van de twee ingevoerde adressen (nooit het deel vóór de @).
case-verdict-read = Voorspelling voor { $from } → { $to }:
case-verdict-likely = Zeer waarschijnlijk dezelfde map. Het onmicrosoft.com-domein van een tenant en een domein met dezelfde naam, of een domein en een subdomein daarvan, horen meestal bij één organisatie. Controleer het wel eerst: meld u aan bij de Azure-portal en kijk onder Mappen + abonnementen.
case-verdict-same = Dezelfde map. Het Azure-abonnement komt terecht in de map van uw organisatie, naast uw Microsoft 365-abonnement, en dezelfde gebruikersaccounts werken voor allebei.
case-verdict-personal = Een nieuwe map. Met een persoonlijk adres (outlook.com, hotmail.com, gmail.com, …) registreert u zich met een persoonlijk Microsoft-account, dat een eigen map krijgt. Het abonnement komt daar terecht, los van uw organisatie en haar gebruikers: precies de extra accounts die u wilt voorkomen. Registreer u in plaats daarvan met uw Microsoft 365-account.
case-verdict-other = Waarschijnlijk een andere map. Twee verschillende werkdomeinen horen meestal bij twee organisaties, en het abonnement komt terecht in de map van de organisatie van het account waarmee u zich registreert. Eén organisatie kan echter meerdere domeinen hebben: controleer het onder Mappen + abonnementen in de Azure-portal en registreer u met het account van de organisatie die het abonnement moet krijgen.
case-verdict-unknown = Dat is nog niet te zeggen. Controleer eerst in welke map uw Microsoft 365-account staat: meld u daarmee aan bij de Azure-portal en kijk onder Mappen + abonnementen.
case-unreadable = { $field ->
    [m365] Het Microsoft 365-adres lijkt geen e-mailadres te zijn.
   *[sign-up] Het registratieadres lijkt geen e-mailadres te zijn.
}
case-table-caption = Waar uw abonnement terechtkomt
case-table-account = Als u zich registreert met
case-table-lands = Komt terecht in
case-table-do = Wat u moet doen
case-lands-same = de map van uw organisatie, naast Microsoft 365
case-lands-personal = een nieuwe, eigen map
case-lands-other = de map van de andere organisatie
case-lands-unknown = niet af te leiden uit het adres
case-do-same = Niets: dezelfde gebruikersaccounts werken voor allebei.
case-do-personal = Registreer u in plaats daarvan met uw Microsoft 365-account.
case-do-other = Registreer u met het account van de organisatie die het abonnement moet krijgen.
case-do-unknown = Controleer het eerst in de portal, onder Mappen + abonnementen.
