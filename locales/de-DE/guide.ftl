# Azure-Registrierungsleitfaden: alle Texte, die das Widget anzeigt.

## Das Widget als Ganzes

widget-title = Mit Ihrem Microsoft 365-Konto für ein Azure-Abonnement registrieren
article-date = Artikel aktualisiert am 20. August 2020.
entra-note = Azure Active Directory (Azure AD) heißt jetzt Microsoft Entra ID.
language-label = Sprache
language-name = Deutsch
new-tab = (wird in einem neuen Tab geöffnet)
load-error = Der Leitfaden konnte nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.
internal-error = Im Leitfaden ist ein Fehler aufgetreten. Laden Sie die Seite neu, um fortzufahren; Ihr Fortschritt wurde gespeichert.
list-pair = { $first } und { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } und { $second }

## Die Schritte

walkthrough-heading = Azure-Abonnement mit Ihrem Microsoft 365-Konto erhalten
intro-m365 = Wenn Sie ein Microsoft 365-Abonnement haben, können Sie mit Ihrem Microsoft 365-Konto ein Azure-Abonnement erstellen.
intro-sign-up = Um virtuelle Computer einzurichten oder andere Azure-Dienste zu nutzen, müssen Sie sich für ein Azure-Abonnement registrieren.
intro-share = Sie können Ihr Azure-Abonnement gemeinsam mit anderen nutzen und { $link }.

walkthrough-save-time = Sparen Sie Zeit, und vermeiden Sie eine Anhäufung von Konten, indem Sie sich mit dem Benutzernamen und Kennwort Ihres Microsoft 365-Kontos für Azure registrieren.
steps-nav-label = Schritte
progress-label = Schritt { $current } von { $total }
progress-optional = Optionaler Schritt
step-optional-tag = Optional
step-done = (abgeschlossen)
step-sign-up-title = Registrieren
step-sign-up-text = Registrieren Sie sich unter { $link }.
step-sign-in-title = Anmelden
step-sign-in-text = Melden Sie sich mit dem Benutzernamen und Kennwort Ihres Microsoft 365-Kontos an. Das verwendete Konto benötigt keine Administratorberechtigungen.
step-sign-in-several = Wenn Sie mehr als ein Microsoft 365-Konto haben, verwenden Sie die Anmeldeinformationen des Microsoft 365-Kontos, dem Sie Ihr Azure-Abonnement zuordnen möchten.
account-question = Wie viele Microsoft 365-Konten haben Sie?
account-one = Ein Konto
account-several = Mehrere Konten
account-answer-one = Melden Sie sich mit diesem Konto an. Ihr Azure-Abonnement wird diesem Konto zugeordnet.
account-answer-several = Melden Sie sich mit dem Konto an, in dessen Verzeichnis sich das Azure-Abonnement befinden soll: Ein Abonnement landet im Verzeichnis des Benutzers, der es erstellt.
step-finish-title = Registrierung abschließen
step-finish-text = Geben Sie die erforderlichen Informationen ein, und schließen Sie die Registrierung ab. Wenn Sie bereits ein Microsoft 365-Konto haben, sind manche Angaben eventuell nicht erforderlich.
step-add-people-title = Weitere Personen hinzufügen
step-add-people-text = Wenn Sie weitere Personen aus Ihrer Organisation zum Azure-Abonnement hinzufügen müssen, finden Sie weitere Informationen unter { $link }.
button-back = Zurück
button-next = Weiter
button-finish = Fertig stellen
button-restart = Von vorn beginnen
done-heading = Fertig
done-text = Wenn Sie sich mit Ihrem Microsoft 365-Konto registriert haben, befindet sich Ihr Azure-Abonnement im selben Verzeichnis wie Ihr Microsoft 365-Abonnement. Dieselben Benutzerkonten funktionieren also für beide.
done-portal = Azure-Portal öffnen
portal-text = Melden Sie sich mit dem Benutzernamen und Kennwort Ihres Microsoft 365-Kontos beim { $link } an.
next-steps-heading = Nächste Schritte
next-steps-rbac = Nutzen Sie Ihr Azure-Abonnement gemeinsam mit anderen, und { $link }.
help-heading = Benötigen Sie Hilfe? Kontaktieren Sie uns.
help-text = Wenn Sie Fragen haben oder Hilfe benötigen, können Sie { $link }.
already-both = Wenn Sie bereits sowohl ein Microsoft 365-Konto als auch ein Azure-Abonnement haben, lesen Sie den Artikel dazu, wie Sie { $link }.
announce-step = Schritt { $current } von { $total }: { $title }
announce-optional = Optionaler Schritt: { $title }
announce-done = Fertig.

## Linktexte

link-azure-com = Azure.com
link-portal = Azure-Portal
link-rbac-assign = verwalten Sie den Zugriff auf Ihr Azure-Abonnement und Ihre Ressourcen mit der rollenbasierten Zugriffssteuerung in Azure (Azure RBAC)
link-rbac-use = den Zugriff auf Ihr Azure-Abonnement und Ihre Ressourcen mit der rollenbasierten Zugriffssteuerung in Azure (Azure RBAC) verwalten
link-rbac-overview = Erste Schritte mit der Zugriffsverwaltung im Azure-Portal
link-associate = einen Microsoft 365-Mandanten einem Azure-Abonnement zuordnen
link-how-associated = Zuordnung von Azure-Abonnements zu Azure Active Directory
link-support = eine Supportanfrage erstellen

## Zeichnungen anstelle der Screenshots des Artikels

illus-signup-alt = Zeichnung der Azure-Registrierungsseite in einem Browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Für Azure registrieren
illus-signup-button = Starten
illus-sign-in-alt = Zeichnung der Anmeldeseite.
illus-email = name@contoso.com
illus-password = Kennwort
illus-password-mask = ••••••••
illus-form-alt = Zeichnung des Registrierungsformulars.
illus-form-heading = Über Sie
illus-form-country = Land/Region
illus-form-name = Name
illus-form-phone = Telefon
illus-form-agree = Ich stimme der Abonnementvereinbarung zu

## Das Diagramm

diagram-heading = Weitere Informationen zu Azure- und Microsoft 365-Abonnements
diagram-intro = Microsoft 365 und Azure verwalten Benutzer und Abonnements mit dem Dienst Azure AD. Das Azure-Verzeichnis ist wie ein Container, in dem Sie Benutzer und Abonnements gruppieren können. Wenn Sie dieselben Benutzerkonten für Ihre Azure- und Microsoft 365-Abonnements verwenden möchten, müssen Sie sicherstellen, dass die Azure-Abonnements im selben Verzeichnis erstellt werden wie die Microsoft 365-Abonnements.
diagram-label = Diagramm der Verzeichnisse, Benutzer und Abonnements
diagram-hint = Wählen Sie ein Feld aus, um mehr darüber zu lesen: Klicken Sie darauf, oder drücken Sie die Tabulatortaste und die Pfeiltasten und dann die Eingabetaste.
diagram-more = Weitere Informationen finden Sie unter { $link }.
scenarios-label = Szenarien
scenario-recommended = Dasselbe Konto (empfohlen)
scenario-sprawl = Ein anderes Konto
scenario-share = Das Abonnement gemeinsam nutzen
scene-progress = Szene { $current } von { $total }
button-scene-back = Vorherige Szene
button-scene-next = Nächste Szene
node-directory = Verzeichnis: { $name }
directory-contoso = Contoso
directory-personal = Persönlich
user-you = Sie
user-alex = Alex
user-you-personal = Sie (persönliches Konto)
user-you-list = Sie
user-you-personal-list = Sie (persönliches Konto)
node-user = Benutzer: { $name }
node-user-admin = Benutzer: { $name } (Administrator)
sub-azure = Azure-Abonnement
sub-m365 = Microsoft 365-Abonnement
edge-member-of = Mitglied von
edge-owns = besitzt
edge-manages = verwaltet
edge-has-access = hat Zugriff (RBAC)
new-badge = Neu
button-clear-selection = Auswahl aufheben
rel-member-of = { $person ->
    [you] Sie sind Mitglied des Verzeichnisses „{ $to }“.
   *[other] { $from } ist Mitglied des Verzeichnisses „{ $to }“.
}
rel-owns = { $person ->
    [you] Sie besitzen { $to }.
   *[other] { $from } besitzt { $to }.
}
rel-directory-owns = Das Verzeichnis „{ $name }“ besitzt { $to }.
ref-sub-azure = das Azure-Abonnement
ref-sub-m365 = das Microsoft 365-Abonnement
rel-manages = { $person ->
    [you] Sie verwalten { $to }.
   *[other] { $from } verwaltet { $to }.
}
rel-has-access = { $person ->
    [you] Sie haben über die rollenbasierte Zugriffssteuerung Zugriff auf { $to }.
   *[other] { $from } hat über die rollenbasierte Zugriffssteuerung Zugriff auf { $to }.
}

## Die Punkte des Artikels zu Verzeichnissen und Abonnements

rules-heading = Beachten Sie die folgenden Punkte:
rule-created-under = Ein Abonnement wird in einem Verzeichnis erstellt.
rule-users-belong = Benutzer gehören Verzeichnissen an.
rule-lands-in = Ein Abonnement landet im Verzeichnis des Benutzers, der es erstellt. Ihr Microsoft 365-Abonnement ist also an dasselbe Konto gebunden wie Ihr Azure-Abonnement.
rule-azure-owned = Azure-Abonnements gehören einzelnen Benutzern im Verzeichnis.
rule-m365-owned = Microsoft 365-Abonnements gehören dem Verzeichnis selbst. Benutzer mit den nötigen Berechtigungen im Verzeichnis können diese Abonnements verwalten.

## Szenen der Szenarien

scene-m365-exists = Ihre Organisation Contoso hat ein Microsoft 365-Abonnement. Es gehört dem Verzeichnis; Alex hat die nötigen Berechtigungen und verwaltet es. Sie sind Benutzer im selben Verzeichnis.
scene-same-account = Sie registrieren sich mit Ihrem Microsoft 365-Konto für Azure. Das Azure-Abonnement landet in Contoso, dem Verzeichnis, dem Sie angehören, und gehört Ihnen. Dieselben Benutzerkonten funktionieren für beide Abonnements.
scene-personal-account = Stattdessen registrieren Sie sich mit einem anderen, persönlichen Konto. Dieses Konto gehört einem eigenen Verzeichnis an, nicht Contoso.
scene-sprawl-result = Das Azure-Abonnement landet im persönlichen Verzeichnis. Jetzt gibt es zwei Verzeichnisse, und die Benutzer von Contoso sind nicht im neuen Verzeichnis: Das ist die Anhäufung von Konten, vor der der Artikel warnt.
scene-azure-owned = Ihnen gehört ein Azure-Abonnement in Contoso, dem Verzeichnis, dem Sie und Alex angehören.
scene-access-shared = Sie geben Alex über die rollenbasierte Zugriffssteuerung Zugriff auf das Azure-Abonnement. Alex ist bereits im Verzeichnis, daher ist kein neues Konto nötig. Erfahren Sie, wie Sie { $link }.

## Das Diagramm als Text

textview-heading = Das Diagramm als Text
textview-directories = { $count ->
    [one] Ein Verzeichnis
   *[other] { $count } Verzeichnisse
}
textview-users = { $count ->
    [0] Keine Benutzer.
    [one] Ein Benutzer: { $names }.
   *[other] { $count } Benutzer: { $names }.
}
textview-owned-by-user = { $person ->
    [you] { $sub }: gehört Ihnen.
   *[other] { $sub }: gehört { $owner }.
}
textview-owned-by-directory = { $sub }: gehört dem Verzeichnis, verwaltet durch { $managers }.
textview-owned-by-directory-unmanaged = { $sub }: gehört dem Verzeichnis.
textview-shared = { $sub }: über die rollenbasierte Zugriffssteuerung auch für { $names } nutzbar.
