# Azure-Registrierungsleitfaden: alle Texte, die das Widget anzeigt.

## The widget as a whole

widget-title = Mit Ihrem Microsoft 365-Konto für ein Azure-Abonnement registrieren
article-date = Artikel aktualisiert am 20. August 2020.
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

## The walkthrough

walkthrough-heading = Azure-Abonnement mit Ihrem Microsoft 365-Konto erhalten
intro-m365 = Wenn Sie ein Microsoft 365-Abonnement haben, können Sie mit Ihrem Microsoft 365-Konto ein Azure-Abonnement erstellen.
intro-sign-up = Um virtuelle Computer einzurichten oder andere Azure-Dienste zu nutzen, müssen Sie sich für ein Azure-Abonnement registrieren.
intro-share = Sie können Ihr Azure-Abonnement gemeinsam mit anderen nutzen und { $link }.

walkthrough-save-time = Sparen Sie Zeit, und vermeiden Sie eine Anhäufung von Konten, indem Sie sich mit dem Benutzernamen und Kennwort Ihres Microsoft 365-Kontos für Azure registrieren.
steps-nav-label = Schritte
progress-label = Schritt { $current } von { $total }
progress-optional = Optionaler Schritt
# Vor den Namen der optionalen Schritte in der Schrittliste.
steps-optional = Optional:
# Nach dem Namen eines optionalen Schritts, für Sprachausgaben.
step-optional-note = (optional)
step-done = (abgeschlossen)
step-sign-up-title = Registrieren
step-sign-up-text = Registrieren Sie sich unter { $link }.
step-sign-in-title = Anmelden
step-sign-in-text = Melden Sie sich mit dem Benutzernamen und Kennwort Ihres Microsoft 365-Kontos an. Das verwendete Konto benötigt keine Administratorberechtigungen.
step-sign-in-several = Wenn Sie mehr als ein Microsoft 365-Konto haben, verwenden Sie die Anmeldeinformationen des Microsoft 365-Kontos, dem Sie Ihr Azure-Abonnement zuordnen möchten.
step-finish-title = Registrierung abschließen
step-finish-text = Geben Sie die erforderlichen Informationen ein, und schließen Sie die Registrierung ab. Wenn Sie bereits ein Microsoft 365-Konto haben, sind manche Angaben eventuell nicht erforderlich.
step-add-people-title = Weitere Personen hinzufügen
step-add-people-text = Wenn Sie weitere Personen aus Ihrer Organisation zum Azure-Abonnement hinzufügen müssen, finden Sie weitere Informationen unter { $link }.
step-check-title = Im Portal überprüfen
step-check-tag = Hilfe des Leitfadens
step-check-note = Dieser Schritt steht nicht im Artikel: Der Leitfaden bietet ihn als zusätzliche Hilfe an, damit Sie überprüfen können, in welchem Verzeichnis Ihr Abonnement erstellt wurde.
step-check-directory = Öffnen Sie die Seite { $link }, um zu sehen, bei welchem Verzeichnis Sie angemeldet sind, und um zu einem anderen Verzeichnis zu wechseln.
step-check-subscriptions = Öffnen Sie die Seite { $link }, um Ihr Abonnement zu finden.
step-check-wrong = Wenn das Abonnement im falschen Verzeichnis erstellt wurde, finden Sie weitere Informationen unter { $link }.
step-check-transfer = Wie Sie das Abonnement in ein anderes Verzeichnis verschieben, erfahren Sie unter { $link }.
button-back = Zurück
button-next = Weiter
button-finish = Fertig stellen
button-restart = Von vorn beginnen
done-heading = Fertig
done-text = Wenn Sie sich mit Ihrem Microsoft 365-Konto registriert haben, befindet sich Ihr Azure-Abonnement im selben Verzeichnis wie Ihr Microsoft 365-Abonnement. Dieselben Benutzerkonten können also für beide verwendet werden.
done-portal = Azure-Portal öffnen
portal-text = Melden Sie sich mit dem Benutzernamen und Kennwort Ihres Microsoft 365-Kontos beim { $link } an.
next-steps-heading = Nächste Schritte
next-steps-rbac = Nutzen Sie Ihr Azure-Abonnement gemeinsam mit anderen, und { $link }.
help-heading = Sie brauchen Hilfe? Wenden Sie sich an uns.
help-text = Wenn Sie Fragen haben oder Hilfe benötigen, können Sie { $link }.
already-both = Wenn Sie bereits sowohl ein Microsoft 365-Konto als auch ein Azure-Abonnement haben, lesen Sie den Artikel dazu, wie Sie { $link }.
announce-step = Schritt { $current } von { $total }: { $title }
announce-optional = Optionaler Schritt: { $title }
announce-done = Fertig.

## Link texts

link-azure-com = Azure.com
link-portal = Azure-Portal
link-rbac-assign = verwalten Sie den Zugriff auf Ihr Azure-Abonnement und Ihre Ressourcen mit der rollenbasierten Zugriffssteuerung in Azure (Azure RBAC)
link-rbac-use = den Zugriff auf Ihr Azure-Abonnement und Ihre Ressourcen mit der rollenbasierten Zugriffssteuerung in Azure (Azure RBAC) verwalten
link-rbac-overview = Erste Schritte mit der Zugriffsverwaltung im Azure-Portal
link-associate = einen Microsoft 365-Mandanten einem Azure-Abonnement zuordnen
link-how-associated = Beziehung zwischen Azure-Abonnements und Azure Active Directory
link-support = eine Supportanfrage erstellen
link-portal-directories = „Verzeichnisse + Abonnements“ im Azure-Portal
link-portal-subscriptions = „Abonnements“ im Azure-Portal
link-associate-entra = Zuordnen oder Hinzufügen eines Azure-Abonnements zu Ihrem Microsoft Entra-Mandanten
link-transfer = Übertragen eines Azure-Abonnements in ein anderes Microsoft Entra-Verzeichnis

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Zeichnung der Azure-Registrierungsseite in einem Browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Für Azure registrieren
illus-signup-button = Starten
illus-sign-in-alt = Zeichnung der Anmeldeseite.
illus-email = name@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Zeichnung des Registrierungsformulars.
illus-form-heading = Über Sie
illus-sign-in-heading = Anmelden
illus-form-button = Registrieren
illus-check-alt = Zeichnung der Seite „Verzeichnisse + Abonnements“ im Azure-Portal, auf der das aktuelle Verzeichnis markiert ist.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Verzeichnisse + Abonnements
illus-check-current = Aktuelles Verzeichnis
illus-check-all = Alle Verzeichnisse
illus-check-switch = Wechseln

## The diagram

diagram-heading = Weitere Informationen zu Azure- und Microsoft 365-Abonnements
diagram-intro = Microsoft 365 und Azure verwalten Benutzer und Abonnements mit dem Dienst Azure AD. Das Azure-Verzeichnis ist wie ein Container, in dem Sie Benutzer und Abonnements gruppieren können. Wenn Sie dieselben Benutzerkonten für Ihre Azure- und Microsoft 365-Abonnements verwenden möchten, müssen Sie sicherstellen, dass die Azure-Abonnements im selben Verzeichnis erstellt werden wie die Microsoft 365-Abonnements.
diagram-hint = Wählen Sie einen Fall und dann ein beliebiges Feld aus, um zu erfahren, warum es sich dort befindet.
diagram-more = Weitere Informationen finden Sie unter { $link }.
scenarios-label = Szenarien
scenario-recommended = Dasselbe Konto (empfohlen)
scenario-sprawl = Ein persönliches Konto
scenario-other = Ein Geschäftskonto einer anderen Organisation
scenario-share = Das Abonnement gemeinsam nutzen
node-directory = Verzeichnis: { $name }
directory-contoso = Contoso
directory-personal = Persönlich
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure-Abonnement
sub-m365 = Microsoft 365-Abonnement
new-badge = { $kind ->
   *[other] Neu
}
figure-rule = Die Regel: Ein Abonnement wird im Verzeichnis des Benutzers erstellt, der es anlegt.
figure-unsure = Sie wissen nicht, welcher Fall auf Sie zutrifft? Die Abbildung zeigt den Stand vor der Registrierung. In welchem Verzeichnis sich Ihr Microsoft 365-Konto befindet, sehen Sie unter { $link }.
figure-you = Sie
figure-you-accounts = { $count ->
    [one] eine Person, ein Konto
   *[other] eine Person, { $count } Konten: eines in jedem Verzeichnis
}
account-work = Ihr Microsoft 365-Konto
account-personal = Ihr persönliches Konto
account-other = Ihr Fabrikam-Konto
note-admin = Administrator
in-contoso = im Verzeichnis „Contoso“
in-personal = im Verzeichnis „Persönlich“
in-fabrikam = im Verzeichnis „Fabrikam“
note-created = { $who ->
    [work] von Ihnen mit Ihrem Microsoft 365-Konto erstellt und in Ihrem Besitz
    [other] von Ihnen mit Ihrem Fabrikam-Konto erstellt und in Ihrem Besitz
   *[personal] von Ihnen mit Ihrem persönlichen Konto erstellt und in Ihrem Besitz
}
note-owned-by-directory = gehört dem Verzeichnis, wird von { $managers } verwaltet
note-shared = Zugriff auch für { $names } (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, Administrator
name-new = { $kind ->
   *[other] { $name }, neu
}
why-directory = { $kind ->
    [organization] Das Verzeichnis Ihrer Organisation: Hier befinden sich Ihr Microsoft 365-Konto, die Konten Ihrer Kollegen und das Microsoft 365-Abonnement.
    [other] Das Verzeichnis einer anderen Organisation, in dem sich Ihr Fabrikam-Konto befindet. Niemand aus { $other } befindet sich darin, und wer aufgenommen wird, entscheiden die Administratoren von Fabrikam.
   *[personal] Ein eigenes Verzeichnis für Ihr persönliches Konto. Es wurde erstellt, als Sie sich mit diesem Konto registriert haben. Niemand aus { $other } befindet sich darin.
}
why-account = { $who ->
    [work] Dieses Konto befindet sich { $where }. Daher wird alles, was Sie damit erstellen, ebenfalls dort angelegt.
    [personal] Dieses Konto befindet sich { $where } und nicht in { $other }. Daher wird alles, was Sie damit erstellen, dort angelegt.
    [other] Dieses Konto gehört zu einer anderen Organisation und befindet sich { $where }, nicht in { $other }. Daher wird alles, was Sie damit erstellen, dort angelegt.
   *[admin] { $name } ist Administrator { $where } und verwaltet das Microsoft 365-Abonnement.
}
why-access = Auch { $name } hat über die rollenbasierte Zugriffssteuerung Zugriff auf Ihr Azure-Abonnement. { $name } befindet sich bereits im selben Verzeichnis und benötigt kein neues Konto.
why-subscription = { $who ->
    [work] Sie haben es mit Ihrem Microsoft 365-Konto erstellt. Daher befindet es sich wie das Microsoft 365-Abonnement { $where }.
    [personal] Sie haben es mit Ihrem persönlichen Konto erstellt. Daher befindet es sich { $where }, getrennt von { $other } und dessen Microsoft 365-Abonnement.
    [other] Sie haben es mit Ihrem Fabrikam-Konto erstellt. Daher befindet es sich { $where }, dem Verzeichnis einer anderen Organisation, getrennt von { $other } und dessen Microsoft 365-Abonnement.
   *[directory] Es gehört dem Verzeichnis und wird von { $managers } als Administrator verwaltet.
}

## The article's points about directories and subscriptions

rules-heading = Beachten Sie die folgenden Punkte:
rule-created-under = Ein Abonnement wird in einem Verzeichnis erstellt.
rule-users-belong = Benutzer gehören Verzeichnissen an.
rule-lands-in = Ein Abonnement wird im Verzeichnis des Benutzers erstellt, der es anlegt. Ihr Microsoft 365-Abonnement ist also mit demselben Konto verknüpft wie Ihr Azure-Abonnement.
rule-azure-owned = Azure-Abonnements gehören einzelnen Benutzern im Verzeichnis.
rule-m365-owned = Microsoft 365-Abonnements gehören dem Verzeichnis selbst. Benutzer mit den nötigen Berechtigungen im Verzeichnis können diese Abonnements verwalten.

## Scenario scenes

scene-same-account = Mit Ihrem Microsoft 365-Konto wird das Azure-Abonnement in Contoso erstellt, wo sich auch das Microsoft 365-Abonnement befindet. Dieselben Benutzerkonten können für beide verwendet werden.
scene-sprawl-result = Mit einem anderen, persönlichen Konto wird das Azure-Abonnement im eigenen Verzeichnis dieses Kontos erstellt. Jetzt gibt es zwei Verzeichnisse, und die Benutzer von Contoso befinden sich nicht im neuen Verzeichnis: Das ist die Anhäufung von Konten, vor der der Artikel warnt.
scene-other-result = Mit dem Geschäftskonto einer anderen Organisation wird das Azure-Abonnement im Verzeichnis dieser Organisation, Fabrikam, erstellt und nicht in Contoso. Die Benutzer von Contoso befinden sich nicht darin, und wenn Sie diese Organisation verlassen, verlieren Sie möglicherweise den Zugriff auf das Abonnement.
scene-access-shared = Sie geben Alex über die rollenbasierte Zugriffssteuerung Zugriff auf das Azure-Abonnement. Alex ist bereits im Verzeichnis, daher ist kein neues Konto nötig. Erfahren Sie, wie Sie { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = In welchem Verzeichnis wird Ihr Abonnement erstellt?
case-intro = Geben Sie die beiden Adressen ein, oder treffen Sie unten eine Auswahl. Dies ist eine Vorhersage anhand der Domänen der Adressen, keine Abfrage: Was Sie eingeben, verlässt diese Seite nie und wird nicht gespeichert.
case-m365-label = Die Adresse, die Sie für Microsoft 365 verwenden
case-sign-up-label = Die Adresse, mit der Sie sich für Azure registrieren möchten
case-choices-label = Oder wählen Sie das Konto aus, mit dem Sie sich registrieren möchten
case-pick-same = Mein Geschäftskonto, das ich für Microsoft 365 verwende
case-pick-other = Ein Geschäftskonto einer anderen Organisation
case-pick-personal = Ein persönliches Konto (outlook.com, gmail.com oder eine andere private Adresse)
case-pick-unknown = Ich bin mir nicht sicher
case-verdict-label = Vorhersage:
case-verdict-read = Vorhersage für { $from } → { $to }:
case-verdict-likely = Sehr wahrscheinlich dasselbe Verzeichnis. Die onmicrosoft.com-Domäne eines Mandanten und eine gleichnamige Domäne, oder eine Domäne und eine ihrer Unterdomänen, gehören meist zu derselben Organisation. Prüfen Sie das zuerst: Melden Sie sich beim Azure-Portal an, und sehen Sie unter „Verzeichnisse + Abonnements“ nach.
case-verdict-same = Dasselbe Verzeichnis. Das Azure-Abonnement wird im Verzeichnis Ihrer Organisation erstellt, in dem sich auch Ihr Microsoft 365-Abonnement befindet. Dieselben Benutzerkonten können für beide verwendet werden.
case-verdict-personal = Ein neues Verzeichnis. Mit einer privaten Adresse (outlook.com, gmail.com, yahoo.com usw.) registrieren Sie sich mit einem persönlichen Microsoft-Konto, das ein eigenes Verzeichnis erhält. Das Abonnement wird dort erstellt, getrennt von Ihrer Organisation und deren Benutzern: eine Anhäufung von Konten. Registrieren Sie sich stattdessen mit Ihrem Microsoft 365-Konto.
case-verdict-other = Wahrscheinlich ein anderes Verzeichnis. Zwei verschiedene geschäftliche Domänen gehören meist zu zwei Organisationen, und das Abonnement wird im Verzeichnis der Organisation erstellt, mit deren Konto Sie sich registrieren. Eine Organisation kann jedoch mehrere Domänen haben: Prüfen Sie das unter „Verzeichnisse + Abonnements“ im Azure-Portal, und registrieren Sie sich mit dem Konto der Organisation, zu der das Abonnement gehören soll.
case-verdict-unknown = Anhand dieser Angaben lässt sich das nicht sagen. Prüfen Sie zuerst, in welchem Verzeichnis sich Ihr Microsoft 365-Konto befindet: Melden Sie sich damit beim Azure-Portal an, und sehen Sie unter „Verzeichnisse + Abonnements“ nach.
case-unreadable = { $field ->
    [m365] Die Microsoft 365-Adresse sieht nicht wie eine E-Mail-Adresse aus.
   *[sign-up] Die Adresse für die Registrierung sieht nicht wie eine E-Mail-Adresse aus.
}
case-table-caption = Wo Ihr Abonnement erstellt wird
case-table-account = Registrierung mit
case-table-lands = Es wird erstellt
case-table-do = Was Sie tun sollten
case-lands-same = im Verzeichnis Ihrer Organisation, zusammen mit Microsoft 365
case-lands-personal = in einem neuen, eigenen Verzeichnis
case-lands-other = im Verzeichnis der anderen Organisation
case-lands-unknown = lässt sich anhand der Adresse nicht sagen
case-do-same = Nichts weiter: Dieselben Benutzerkonten können für beide verwendet werden.
case-do-personal = Registrieren Sie sich stattdessen mit Ihrem Microsoft 365-Konto.
case-do-other = Registrieren Sie sich mit dem Konto der Organisation, in deren Verzeichnis das Abonnement gehört.
case-do-unknown = Sehen Sie zuerst im Portal unter „Verzeichnisse + Abonnements“ nach.
