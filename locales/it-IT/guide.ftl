# Guida all'iscrizione ad Azure: tutti i testi visualizzati dal widget.
# Forma impersonale e infinito per le istruzioni, come nella documentazione Microsoft in italiano;
# imperativo di seconda persona solo sui pulsanti, come nell'interfaccia del portale.
# Variabili: $link indica dove va un collegamento; $name, $from e $to sono etichette;
# $current, $total e $count sono numeri.

## The widget as a whole

widget-title = Iscrizione a una sottoscrizione di Azure con l'account di Microsoft 365
article-date = Articolo aggiornato il 20 agosto 2020.
entra-note = Azure Active Directory (Azure AD) ora si chiama Microsoft Entra ID.
language-label = Lingua
# Nome della lingua come appare nel menu delle lingue.
language-name = Italiano
new-tab = (si apre in una nuova scheda)
load-error = Non è stato possibile caricare la guida. Ricaricare la pagina per riprovare.
internal-error = Si è verificato un problema nella guida. Ricaricare la pagina per continuare: i progressi sono stati salvati.
list-pair = { $first } e { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } e { $second }

## The walkthrough

walkthrough-heading = Ottenere una sottoscrizione di Azure con l'account di Microsoft 365
intro-m365 = Chi ha una sottoscrizione di Microsoft 365 può creare una sottoscrizione di Azure con il proprio account di Microsoft 365.
intro-sign-up = Per configurare macchine virtuali o usare altri servizi di Azure è necessario iscriversi a una sottoscrizione di Azure.
intro-share = Si può condividere la sottoscrizione di Azure con altre persone e { $link }.

walkthrough-save-time = Per risparmiare tempo ed evitare la proliferazione di account, iscriversi ad Azure con il nome utente e la password di Microsoft 365.
steps-nav-label = Passaggi
progress-label = Passaggio { $current } di { $total }
progress-optional = Passaggio facoltativo
# Prima dei nomi dei passaggi facoltativi nell'elenco dei passaggi.
steps-optional = Facoltativi:
# Dopo il nome di un passaggio facoltativo, per le utilità per la lettura dello schermo.
step-optional-note = (facoltativo)
step-done = (completato)
step-sign-up-title = Iscriversi
step-sign-up-text = Iscriversi su { $link }.
step-sign-in-title = Accedere
step-sign-in-text = Accedere con il nome utente e la password di Microsoft 365. Non occorre che l'account usato abbia autorizzazioni di amministratore.
step-sign-in-several = Chi ha più account di Microsoft 365 deve usare le credenziali di quello da associare alla sottoscrizione di Azure.
step-finish-title = Completare l'iscrizione
step-finish-text = Specificare le informazioni necessarie e portare a termine l'iscrizione. Chi ha già un account di Microsoft 365 potrebbe non dover fornire alcune informazioni.
step-add-people-title = Aggiungere altre persone
step-add-people-text = Per aggiungere alla sottoscrizione di Azure altre persone dell'organizzazione, vedere { $link }.
step-check-title = Verificare nel portale
step-check-tag = Aiuto della guida
step-check-note = Questo passaggio non fa parte dell'articolo: è un aiuto della guida per verificare dove è finita la sottoscrizione.
step-check-directory = Aprire la pagina { $link } per vedere a quale directory si è connessi e per passare a un'altra.
step-check-subscriptions = Aprire la pagina { $link } per trovare la sottoscrizione.
step-check-wrong = Se la sottoscrizione è finita nella directory sbagliata, vedere { $link }.
step-check-transfer = Per spostarla in un'altra directory, vedere { $link }.
button-back = Indietro
button-next = Avanti
button-finish = Fine
button-restart = Ricomincia
done-heading = Procedura completata
done-text = Se l'iscrizione è stata eseguita con l'account di Microsoft 365, la sottoscrizione di Azure si trova nella stessa directory della sottoscrizione di Microsoft 365, quindi gli stessi account utente valgono per entrambe.
done-portal = Apri il portale di Azure
portal-text = Accedere al { $link } con il nome utente e la password di Microsoft 365.
next-steps-heading = Passaggi successivi
next-steps-rbac = Condividere la sottoscrizione di Azure con altre persone e { $link }.
help-heading = Serve aiuto? Contattaci.
help-text = Per domande o per ricevere assistenza, è possibile { $link }.
already-both = Se si hanno già sia un account di Microsoft 365 sia una sottoscrizione di Azure, vedere l'articolo che spiega come { $link }.
announce-step = Passaggio { $current } di { $total }: { $title }
announce-optional = Passaggio facoltativo: { $title }
announce-done = Procedura completata.

## Link texts

link-azure-com = Azure.com
link-portal = portale di Azure
link-rbac-assign = usare il controllo degli accessi in base al ruolo per gestire l'accesso alla sottoscrizione di Azure e alle relative risorse
link-rbac-use = usare il controllo degli accessi in base al ruolo per gestire l'accesso alla sottoscrizione di Azure e alle relative risorse
link-rbac-overview = Introduzione alla gestione degli accessi nel portale di Azure
link-associate = associare un tenant di Microsoft 365 a una sottoscrizione di Azure
link-how-associated = Associare le sottoscrizioni di Azure ad Azure Active Directory
link-support = creare una richiesta di supporto
link-portal-directories = Directory e sottoscrizioni nel portale di Azure
link-portal-subscriptions = Sottoscrizioni nel portale di Azure
link-associate-entra = Associare o aggiungere una sottoscrizione di Azure al tenant di Microsoft Entra
link-transfer = Trasferire una sottoscrizione di Azure a una directory di Microsoft Entra diversa

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Illustrazione della pagina di iscrizione ad Azure in un browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Iscriviti ad Azure
illus-signup-button = Inizia
illus-sign-in-alt = Illustrazione della pagina di accesso.
illus-email = utente@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Illustrazione del modulo di iscrizione.
illus-form-heading = Informazioni personali
illus-sign-in-heading = Accedi
illus-form-button = Iscriviti
illus-check-alt = Illustrazione della pagina Directory e sottoscrizioni del portale di Azure, con la directory corrente evidenziata.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Directory e sottoscrizioni
illus-check-current = Directory corrente
illus-check-all = Tutte le directory
illus-check-switch = Cambia

## The diagram

diagram-heading = Altre informazioni sulle sottoscrizioni di Azure e di Microsoft 365
diagram-intro = Microsoft 365 e Azure gestiscono utenti e sottoscrizioni tramite il servizio Azure AD. La directory di Azure è una sorta di contenitore che permette di raggruppare utenti e sottoscrizioni. Per poter usare gli stessi account utente sia per le sottoscrizioni di Azure sia per quelle di Microsoft 365, le sottoscrizioni di Azure devono essere create nella stessa directory di quelle di Microsoft 365.
diagram-hint = Scegliere un caso, quindi selezionare un riquadro qualsiasi per scoprire perché si trova lì.
diagram-more = Per altre informazioni, vedere { $link }.
scenarios-label = Scenari
scenario-recommended = Stesso account (consigliato)
scenario-sprawl = Un account personale
scenario-other = Un account aziendale di un'altra organizzazione
scenario-share = Condividere la sottoscrizione
node-directory = Directory { $name }
directory-contoso = Contoso
directory-personal = personale
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Sottoscrizione di Azure
sub-m365 = Sottoscrizione di Microsoft 365
# $kind: directory e subscription (sottoscrizione) sono femminili, account è maschile.
new-badge = { $kind ->
    [directory] Nuova
    [account] Nuovo
   *[other] Nuova
}
figure-rule = La regola: una sottoscrizione finisce nella directory dell'utente che la crea.
figure-unsure = Se non si sa quale sia il proprio caso, la figura mostra la situazione prima dell'iscrizione. Per vedere in quale directory si trova l'account di Microsoft 365, aprire la pagina { $link }.
figure-you = Utente
figure-you-accounts = { $count ->
    [one] una persona, un account
    [many] una persona, { $count } di account: uno in ogni directory
   *[other] una persona, { $count } account: uno in ogni directory
}
account-work = Account di Microsoft 365
account-personal = Account personale
account-other = Account Fabrikam
note-admin = amministratore
in-contoso = nella directory Contoso
in-personal = nella directory personale
in-fabrikam = nella directory Fabrikam
note-created = { $who ->
    [work] creata con l'account di Microsoft 365, di proprietà dell'utente
    [other] creata con l'account Fabrikam, di proprietà dell'utente
   *[personal] creata con l'account personale, di proprietà dell'utente
}
note-owned-by-directory = di proprietà della directory, gestita da { $managers }
note-shared = anche { $names } ha accesso (RBAC di Azure)
name-in = { $name }, { $where }
name-admin = { $name }, amministratore
name-new = { $kind ->
    [directory] { $name }, nuova
    [account] { $name }, nuovo
   *[other] { $name }, nuova
}
why-directory = { $kind ->
    [organization] La directory dell'organizzazione: contiene l'account di Microsoft 365 dell'utente, gli account dei colleghi e la sottoscrizione di Microsoft 365.
    [other] La directory di un'altra organizzazione, che contiene l'account Fabrikam. Nessuno di { $other } ne fa parte: sono gli amministratori di Fabrikam a decidere chi aggiungervi.
   *[personal] Una directory riservata all'account personale, creata al momento dell'iscrizione con tale account. Nessuno di { $other } ne fa parte.
}
why-account = { $who ->
    [work] Questo account si trova { $where }, quindi anche tutto ciò che viene creato con l'account finisce lì.
    [personal] Questo account si trova { $where }, non in { $other }, quindi tutto ciò che viene creato con l'account finisce lì.
    [other] Questo account appartiene a un'altra organizzazione e si trova { $where }, non in { $other }, quindi tutto ciò che viene creato con l'account finisce lì.
   *[admin] { $name } è amministratore { $where } e gestisce la sottoscrizione di Microsoft 365.
}
why-access = Anche { $name } ha accesso alla sottoscrizione di Azure tramite il controllo degli accessi in base al ruolo. Poiché fa già parte della stessa directory, { $name } non ha bisogno di un nuovo account.
why-subscription = { $who ->
    [work] È stata creata con l'account di Microsoft 365, quindi è finita { $where }, accanto alla sottoscrizione di Microsoft 365.
    [personal] È stata creata con l'account personale, quindi è finita { $where }, separata da { $other } e dalla relativa sottoscrizione di Microsoft 365.
    [other] È stata creata con l'account Fabrikam, quindi è finita { $where }, la directory di un'altra organizzazione, separata da { $other } e dalla relativa sottoscrizione di Microsoft 365.
   *[directory] Appartiene alla directory ed è gestita da { $managers } in qualità di amministratore.
}

## The article's points about directories and subscriptions

rules-heading = Tenere presenti i punti seguenti:
rule-created-under = Ogni sottoscrizione viene creata all'interno di una directory.
rule-users-belong = Gli utenti fanno parte delle directory.
rule-lands-in = Una sottoscrizione finisce nella directory dell'utente che la crea. Per questo la sottoscrizione di Microsoft 365 e quella di Azure sono collegate allo stesso account.
rule-azure-owned = Le sottoscrizioni di Azure sono di proprietà di singoli utenti della directory.
rule-m365-owned = Le sottoscrizioni di Microsoft 365 sono di proprietà della directory stessa. Gli utenti della directory che dispongono delle autorizzazioni necessarie possono gestirle.

## Scenario scenes

scene-same-account = Con l'account di Microsoft 365, la sottoscrizione di Azure finisce in Contoso, accanto alla sottoscrizione di Microsoft 365, e gli stessi account utente valgono per entrambe.
scene-sprawl-result = Con un altro account, in questo caso personale, la sottoscrizione di Azure finisce nella directory propria di quell'account. Ora le directory sono due e gli utenti di Contoso non fanno parte di quella nuova: è la proliferazione di account da cui mette in guardia l'articolo.
scene-other-result = Con un account aziendale di un'altra organizzazione, la sottoscrizione di Azure finisce nella directory di tale organizzazione, Fabrikam, e non in Contoso. Gli utenti di Contoso non ne fanno parte e si potrebbe perdere l'accesso alla sottoscrizione quando si lascia quell'organizzazione.
scene-access-shared = Alex riceve l'accesso alla sottoscrizione di Azure tramite il controllo degli accessi in base al ruolo di Azure (RBAC di Azure). Alex fa già parte della directory, quindi non serve un nuovo account. Informazioni su come { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Dove finirà la sottoscrizione?
case-intro = Immettere i due indirizzi oppure scegliere un'opzione qui sotto. Si tratta di una previsione basata sui domini degli indirizzi, non di una ricerca: i dati immessi non lasciano mai questa pagina e non vengono salvati.
case-m365-label = Indirizzo usato per Microsoft 365
case-sign-up-label = Indirizzo con cui ci si iscriverà ad Azure
case-choices-label = In alternativa, scegliere l'account con cui ci si iscriverà
case-pick-same = Il mio account aziendale, quello che uso per Microsoft 365
case-pick-other = Un account aziendale di un'altra organizzazione
case-pick-personal = Un account personale (outlook.com, gmail.com o un altro indirizzo personale)
case-pick-unknown = Non lo so
case-verdict-label = Previsione:
# Etichetta di una previsione basata su due indirizzi immessi: solo i domini
# (mai la parte prima della @), così come sono stati letti.
case-verdict-read = Previsione per { $from } → { $to }:
case-verdict-likely = Molto probabilmente la stessa directory. Il dominio onmicrosoft.com di un tenant e un dominio con lo stesso nome, oppure un dominio e un suo sottodominio, appartengono in genere alla stessa organizzazione. Verificarlo prima: accedere al portale di Azure e controllare in Directory e sottoscrizioni.
case-verdict-same = Stessa directory. La sottoscrizione di Azure finisce nella directory dell'organizzazione, accanto alla sottoscrizione di Microsoft 365, e gli stessi account utente valgono per entrambe.
case-verdict-personal = Una nuova directory. Con un indirizzo personale (outlook.com, gmail.com, yahoo.com e così via) ci si iscrive con un account Microsoft personale, che riceve una directory propria; la sottoscrizione finisce lì, separata dall'organizzazione e dai suoi utenti: è la proliferazione di account. Iscriversi invece con l'account di Microsoft 365.
case-verdict-other = Probabilmente un'altra directory. Due domini aziendali diversi appartengono in genere a due organizzazioni e la sottoscrizione finisce nella directory di quella il cui account viene usato per l'iscrizione. Un'organizzazione può però avere più domini: verificare in Directory e sottoscrizioni nel portale di Azure e iscriversi con l'account dell'organizzazione a cui deve appartenere la sottoscrizione.
case-verdict-unknown = Non è ancora possibile stabilirlo. Verificare prima in quale directory si trova l'account di Microsoft 365: accedere al portale di Azure con tale account e controllare in Directory e sottoscrizioni.
case-unreadable = { $field ->
    [m365] L'indirizzo di Microsoft 365 non sembra un indirizzo di posta elettronica.
   *[sign-up] L'indirizzo per l'iscrizione non sembra un indirizzo di posta elettronica.
}
case-table-caption = Dove finisce la sottoscrizione
case-table-account = Iscrizione con
case-table-lands = Dove finisce
case-table-do = Cosa fare
case-lands-same = nella directory dell'organizzazione, accanto a Microsoft 365
case-lands-personal = in una nuova directory propria
case-lands-other = nella directory dell'altra organizzazione
case-lands-unknown = non è possibile stabilirlo dall'indirizzo
case-do-same = Nient'altro: gli stessi account utente valgono per entrambe.
case-do-personal = Iscriversi invece con l'account di Microsoft 365.
case-do-other = Iscriversi con l'account dell'organizzazione a cui deve appartenere la sottoscrizione.
case-do-unknown = Verificare prima nel portale, in Directory e sottoscrizioni.
