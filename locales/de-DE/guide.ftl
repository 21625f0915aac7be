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
diagram-hint = Wählen Sie einen Fall und dann ein beliebiges Feld aus, um zu erfahren, warum es sich dort befindet.
diagram-more = Weitere Informationen finden Sie unter { $link }.
scenarios-label = Szenarien
scenario-recommended = Dasselbe Konto (empfohlen)
scenario-sprawl = Ein anderes Konto
scenario-share = Das Abonnement gemeinsam nutzen
node-directory = Verzeichnis: { $name }
directory-contoso = Contoso
directory-personal = Persönlich
user-alex = Alex
sub-azure = Azure-Abonnement
sub-m365 = Microsoft 365-Abonnement
new-badge = Neu
figure-rule = Die Regel: Ein Abonnement landet im Verzeichnis des Benutzers, der es erstellt.
figure-you = Sie
figure-you-accounts = { $count ->
    [one] eine Person, ein Konto
   *[other] eine Person, { $count } Konten: eines in jedem Verzeichnis
}
account-work = Ihr Microsoft 365-Konto
account-personal = Ihr persönliches Konto
note-admin = Administrator
in-contoso = im Verzeichnis „Contoso“
in-personal = im Verzeichnis „Persönlich“
note-created = { $who ->
    [work] von Ihnen mit Ihrem Microsoft 365-Konto erstellt und in Ihrem Besitz
   *[personal] von Ihnen mit Ihrem persönlichen Konto erstellt und in Ihrem Besitz
}
note-owned-by-directory = gehört dem Verzeichnis, wird von { $managers } verwaltet
note-shared = Zugriff auch für { $names } (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, Administrator
name-owned = { $owner ->
    [you] { $name }, gehört Ihnen
   *[directory] { $name }, gehört dem Verzeichnis
}
name-new = { $name }, neu
why-directory = { $kind ->
    [organization] Das Verzeichnis Ihrer Organisation: Hier befinden sich Ihr Microsoft 365-Konto, die Konten Ihrer Kollegen und das Microsoft 365-Abonnement.
   *[personal] Ein eigenes Verzeichnis für Ihr persönliches Konto. Es wurde erstellt, als Sie sich mit diesem Konto registriert haben. Niemand aus { $other } befindet sich darin.
}
why-account = { $who ->
    [work] Dieses Konto befindet sich { $where }, daher landet alles, was Sie damit erstellen, ebenfalls dort.
    [personal] Dieses Konto befindet sich { $where }, nicht in { $other }, daher landet alles, was Sie damit erstellen, dort.
   *[admin] { $name } ist Administrator { $where } und verwaltet das Microsoft 365-Abonnement.
}
why-access = Auch { $name } hat über die rollenbasierte Zugriffssteuerung Zugriff auf Ihr Azure-Abonnement. { $name } befindet sich bereits im selben Verzeichnis und benötigt kein neues Konto.
why-subscription = { $who ->
    [work] Sie haben es mit Ihrem Microsoft 365-Konto erstellt, daher landete es { $where }, neben dem Microsoft 365-Abonnement.
    [personal] Sie haben es mit Ihrem persönlichen Konto erstellt, daher landete es { $where }, getrennt von { $other } und dessen Microsoft 365-Abonnement.
   *[directory] Es gehört dem Verzeichnis und wird von { $managers } als Administrator verwaltet.
}

## Die Punkte des Artikels zu Verzeichnissen und Abonnements

rules-heading = Beachten Sie die folgenden Punkte:
rule-created-under = Ein Abonnement wird in einem Verzeichnis erstellt.
rule-users-belong = Benutzer gehören Verzeichnissen an.
rule-lands-in = Ein Abonnement landet im Verzeichnis des Benutzers, der es erstellt. Ihr Microsoft 365-Abonnement ist also an dasselbe Konto gebunden wie Ihr Azure-Abonnement.
rule-azure-owned = Azure-Abonnements gehören einzelnen Benutzern im Verzeichnis.
rule-m365-owned = Microsoft 365-Abonnements gehören dem Verzeichnis selbst. Benutzer mit den nötigen Berechtigungen im Verzeichnis können diese Abonnements verwalten.

## Szenen der Szenarien

scene-same-account = Mit Ihrem Microsoft 365-Konto landet das Azure-Abonnement in Contoso, neben dem Microsoft 365-Abonnement, und dieselben Benutzerkonten funktionieren für beide.
scene-sprawl-result = Mit einem anderen, persönlichen Konto landet das Azure-Abonnement im eigenen Verzeichnis dieses Kontos. Jetzt gibt es zwei Verzeichnisse, und die Benutzer von Contoso befinden sich nicht im neuen Verzeichnis: Das ist die Anhäufung von Konten, vor der dieser Artikel warnt.
scene-access-shared = Sie geben Alex über die rollenbasierte Zugriffssteuerung Zugriff auf das Azure-Abonnement. Alex ist bereits im Verzeichnis, daher ist kein neues Konto nötig. Erfahren Sie, wie Sie { $link }.

