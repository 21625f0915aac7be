# Guide d’inscription à Azure : tous les textes affichés par le widget.
# Typographie : apostrophe typographique (’) partout ; espace insécable (U+00A0)
# avant « : », « ; », « ? » et « ! ».

## The widget as a whole

widget-title = Souscrire un abonnement Azure avec votre compte Microsoft 365
article-date = Article mis à jour le 20 août 2020.
entra-note = Azure Active Directory (Azure AD) s’appelle désormais Microsoft Entra ID.
language-label = Langue
language-name = Français
new-tab = (s’ouvre dans un nouvel onglet)
load-error = Le guide n’a pas pu être chargé. Rechargez la page pour réessayer.
internal-error = Une erreur s’est produite dans le guide. Rechargez la page pour continuer ; votre progression a été enregistrée.
list-pair = { $first } et { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } et { $second }

## The walkthrough

walkthrough-heading = Obtenir un abonnement Azure avec votre compte Microsoft 365
intro-m365 = Si vous avez un abonnement Microsoft 365, vous pouvez utiliser votre compte Microsoft 365 pour créer un abonnement Azure.
intro-sign-up = Pour configurer des machines virtuelles ou utiliser d’autres services Azure, vous devez souscrire un abonnement Azure.
intro-share = Vous pouvez partager votre abonnement Azure avec d’autres personnes et { $link }.

walkthrough-save-time = Gagnez du temps et évitez la prolifération de comptes en vous inscrivant à Azure avec le nom d’utilisateur et le mot de passe de votre compte Microsoft 365.
steps-nav-label = Étapes
progress-label = Étape { $current } sur { $total }
progress-optional = Étape facultative
# Avant les noms des étapes facultatives dans la liste des étapes.
steps-optional = Facultatif :
# Après le nom d’une étape facultative, pour les lecteurs d’écran.
step-optional-note = (facultatif)
step-done = (terminé)
step-sign-up-title = S’inscrire
step-sign-up-text = Inscrivez-vous sur { $link }.
step-sign-in-title = Se connecter
step-sign-in-text = Connectez-vous avec le nom d’utilisateur et le mot de passe de votre compte Microsoft 365. Le compte que vous utilisez n’a pas besoin d’autorisations d’administrateur.
step-sign-in-several = Si vous avez plusieurs comptes Microsoft 365, utilisez les informations d’identification du compte Microsoft 365 que vous souhaitez associer à votre abonnement Azure.
step-finish-title = Terminer l’inscription
step-finish-text = Entrez les informations requises et terminez le processus d’inscription. Certaines informations peuvent ne pas être requises si vous avez déjà un compte Microsoft 365.
step-add-people-title = Ajouter d’autres personnes
step-add-people-text = Si vous devez ajouter d’autres personnes de votre organisation à l’abonnement Azure, consultez { $link }.
step-check-title = Vérifier dans le portail
step-check-tag = Aide du guide
step-check-note = Cette étape ne figure pas dans l’article : c’est une aide propre au guide, pour vérifier où votre abonnement a été placé.
step-check-directory = Ouvrez la page { $link } pour voir à quel répertoire vous êtes connecté et pour passer à un autre répertoire.
step-check-subscriptions = Ouvrez la page { $link } pour trouver votre abonnement.
step-check-wrong = Si votre abonnement a été placé dans le mauvais répertoire, consultez { $link }.
step-check-transfer = Pour déplacer l’abonnement vers un autre répertoire, consultez { $link }.
button-back = Précédent
button-next = Suivant
button-finish = Terminer
button-restart = Recommencer
done-heading = Terminé
done-text = Si vous avez utilisé votre compte Microsoft 365 pour vous inscrire, votre abonnement Azure se trouve dans le même répertoire que votre abonnement Microsoft 365 : les mêmes comptes d’utilisateur fonctionnent donc pour les deux.
done-portal = Ouvrir le portail Azure
portal-text = Connectez-vous au { $link } avec le nom d’utilisateur et le mot de passe de votre compte Microsoft 365.
next-steps-heading = Étapes suivantes
next-steps-rbac = Partagez votre abonnement Azure avec d’autres personnes et { $link }.
help-heading = Besoin d’aide ? Contactez-nous.
help-text = Si vous avez des questions ou besoin d’aide, vous pouvez { $link }.
already-both = Si vous avez déjà un compte Microsoft 365 et un abonnement Azure, consultez l’article qui explique comment { $link }.
announce-step = Étape { $current } sur { $total } : { $title }
announce-optional = Étape facultative : { $title }
announce-done = Terminé.

## Link texts

link-azure-com = Azure.com
link-portal = portail Azure
link-rbac-assign = utilisez le contrôle d’accès en fonction du rôle Azure (RBAC Azure) pour gérer l’accès à votre abonnement Azure et à vos ressources
link-rbac-use = utiliser le contrôle d’accès en fonction du rôle Azure (RBAC Azure) pour gérer l’accès à votre abonnement Azure et à vos ressources
link-rbac-overview = Bien démarrer avec la gestion des accès dans le portail Azure
link-associate = associer un locataire Microsoft 365 à un abonnement Azure
link-how-associated = Association des abonnements Azure avec Azure Active Directory
link-support = créer une demande de support
link-portal-directories = « Répertoires + abonnements » dans le portail Azure
link-portal-subscriptions = « Abonnements » dans le portail Azure
link-associate-entra = Associer ou ajouter un abonnement Azure à votre locataire Microsoft Entra
link-transfer = Transférer un abonnement Azure vers un annuaire Microsoft Entra différent

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Dessin de la page d’inscription à Azure dans un navigateur.
illus-signup-address = account.azure.com/signup
illus-signup-heading = S’inscrire à Azure
illus-signup-button = Démarrer
illus-sign-in-alt = Dessin de la page de connexion.
illus-email = vous@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Dessin du formulaire d’inscription.
illus-form-heading = À propos de vous
illus-sign-in-heading = Se connecter
illus-form-button = S’inscrire
illus-check-alt = Dessin de la page « Répertoires + abonnements » du portail Azure, où le répertoire actuel est mis en évidence.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Répertoires + abonnements
illus-check-current = Répertoire actuel
illus-check-all = Tous les répertoires
illus-check-switch = Changer

## The diagram

diagram-heading = En savoir plus sur les abonnements Azure et Microsoft 365
diagram-intro = Microsoft 365 et Azure utilisent le service Azure AD pour gérer les utilisateurs et les abonnements. Le répertoire Azure est semblable à un conteneur dans lequel vous pouvez regrouper des utilisateurs et des abonnements. Pour utiliser les mêmes comptes d’utilisateur pour vos abonnements Azure et Microsoft 365, veillez à ce que les abonnements Azure soient créés dans le même répertoire que les abonnements Microsoft 365.
diagram-hint = Choisissez un cas, puis sélectionnez un élément pour savoir pourquoi il se trouve là.
diagram-more = Pour plus d’informations, consultez { $link }.
scenarios-label = Scénarios
scenario-recommended = Même compte (recommandé)
scenario-sprawl = Un compte personnel
scenario-other = Un compte professionnel d’une autre organisation
scenario-share = Partager l’abonnement
node-directory = Répertoire { $name }
directory-contoso = Contoso
directory-personal = personnel
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Abonnement Azure
sub-m365 = Abonnement Microsoft 365
new-badge = { $kind ->
   *[other] Nouveau
}
figure-rule = La règle : un abonnement est placé dans le répertoire de l’utilisateur qui le crée.
figure-unsure = Vous ne savez pas quel cas est le vôtre : la figure montre la situation avant l’inscription. Pour voir dans quel répertoire se trouve votre compte Microsoft 365, ouvrez la page { $link }.
figure-you = Vous
figure-you-accounts = { $count ->
    [0] une personne, aucun compte
    [one] une personne, un compte
    [many] une personne, { $count } de comptes : un dans chaque répertoire
   *[other] une personne, { $count } comptes : un dans chaque répertoire
}
account-work = Votre compte Microsoft 365
account-personal = Votre compte personnel
account-other = Votre compte Fabrikam
note-admin = administrateur
in-contoso = dans le répertoire Contoso
in-personal = dans le répertoire personnel
in-fabrikam = dans le répertoire Fabrikam
note-created = { $who ->
    [work] vous l’avez créé avec votre compte Microsoft 365 et vous en êtes le propriétaire
    [other] vous l’avez créé avec votre compte Fabrikam et vous en êtes le propriétaire
   *[personal] vous l’avez créé avec votre compte personnel et vous en êtes le propriétaire
}
note-owned-by-directory = détenu par le répertoire, géré par { $managers }
note-shared = accès également accordé à { $names } (RBAC Azure)
name-in = { $name }, { $where }
name-admin = { $name }, administrateur
name-new = { $kind ->
   *[other] { $name }, nouveau
}
why-directory = { $kind ->
    [organization] Le répertoire de votre organisation : votre compte Microsoft 365, les comptes de vos collègues et l’abonnement Microsoft 365 s’y trouvent tous.
    [other] Le répertoire d’une autre organisation, qui contient votre compte Fabrikam. Aucun utilisateur de { $other } ne s’y trouve, et ce sont les administrateurs de Fabrikam qui décident qui y figure.
   *[personal] Un répertoire propre à votre compte personnel, créé lors de votre inscription avec ce compte. Aucun utilisateur de { $other } ne s’y trouve.
}
why-account = { $who ->
    [work] Ce compte se trouve { $where } : tout ce que vous créez en l’utilisant y est donc placé également.
    [personal] Ce compte se trouve { $where }, et non dans { $other } : tout ce que vous créez en l’utilisant y est donc placé.
    [other] Ce compte appartient à une autre organisation et se trouve { $where }, et non dans { $other } : tout ce que vous créez en l’utilisant y est donc placé.
   *[admin] { $name } est administrateur { $where } et gère l’abonnement Microsoft 365.
}
why-access = { $name } a également accès à votre abonnement Azure grâce au contrôle d’accès en fonction du rôle Azure. Comme { $name } se trouve déjà dans le même répertoire, aucun nouveau compte n’est nécessaire.
why-subscription = { $who ->
    [work] Vous l’avez créé avec votre compte Microsoft 365 : il a donc été placé { $where }, à côté de l’abonnement Microsoft 365.
    [personal] Vous l’avez créé avec votre compte personnel : il a donc été placé { $where }, à l’écart de { $other } et de son abonnement Microsoft 365.
    [other] Vous l’avez créé avec votre compte Fabrikam : il a donc été placé { $where }, qui appartient à une autre organisation, à l’écart de { $other } et de son abonnement Microsoft 365.
   *[directory] Il appartient au répertoire, et c’est { $managers }, administrateur, qui le gère.
}

## The article's points about directories and subscriptions

rules-heading = Gardez à l’esprit les points suivants :
rule-created-under = Un abonnement est créé dans un répertoire.
rule-users-belong = Les utilisateurs appartiennent à des répertoires.
rule-lands-in = Un abonnement est placé dans le répertoire de l’utilisateur qui le crée. Votre abonnement Microsoft 365 est donc lié au même compte que votre abonnement Azure.
rule-azure-owned = Les abonnements Azure sont détenus par des utilisateurs individuels du répertoire.
rule-m365-owned = Les abonnements Microsoft 365 sont détenus par le répertoire lui-même. Les utilisateurs disposant des autorisations nécessaires dans le répertoire peuvent gérer ces abonnements.

## Scenario scenes

scene-same-account = Avec votre compte Microsoft 365, l’abonnement Azure est placé dans le répertoire Contoso, à côté de l’abonnement Microsoft 365, et les mêmes comptes d’utilisateur fonctionnent pour les deux.
scene-sprawl-result = Avec un autre compte, un compte personnel, l’abonnement Azure est placé dans le répertoire propre à ce compte. Il y a maintenant deux répertoires, et les utilisateurs de Contoso ne se trouvent pas dans le nouveau répertoire : c’est la prolifération de comptes contre laquelle l’article met en garde.
scene-other-result = Avec un compte professionnel d’une autre organisation, l’abonnement Azure est placé dans le répertoire de cette organisation, Fabrikam, et non dans le répertoire Contoso. Les utilisateurs de Contoso ne s’y trouvent pas, et vous risquez de perdre l’accès à l’abonnement lorsque vous quitterez cette organisation.
scene-access-shared = Vous donnez à Alex l’accès à l’abonnement Azure grâce au contrôle d’accès en fonction du rôle Azure (RBAC Azure). Alex est déjà dans le répertoire : aucun nouveau compte n’est nécessaire. Découvrez comment { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Où votre abonnement sera-t-il placé ?
case-intro = Entrez les deux adresses ou faites votre choix ci-dessous. Il s’agit d’une prédiction fondée sur les domaines des adresses, et non d’une vérification : ce que vous entrez ne quitte jamais cette page et n’est pas enregistré.
case-m365-label = L’adresse que vous utilisez pour Microsoft 365
case-sign-up-label = L’adresse avec laquelle vous allez vous inscrire à Azure
case-choices-label = Ou choisissez le compte avec lequel vous allez vous inscrire
case-pick-same = Mon compte professionnel, celui que j’utilise pour Microsoft 365
case-pick-other = Un compte professionnel d’une autre organisation
case-pick-personal = Un compte personnel (outlook.com, gmail.com ou une autre adresse personnelle)
case-pick-unknown = Je ne sais pas
case-verdict-label = Prédiction :
case-verdict-read = Prédiction pour { $from } → { $to } :
case-verdict-likely = Très probablement le même répertoire. Le domaine onmicrosoft.com d’un locataire et un domaine du même nom, ou un domaine et l’un de ses sous-domaines, appartiennent généralement à la même organisation. Vérifiez-le d’abord : connectez-vous au portail Azure et consultez la page « Répertoires + abonnements ».
case-verdict-same = Même répertoire. L’abonnement Azure est placé dans le répertoire de votre organisation, à côté de votre abonnement Microsoft 365, et les mêmes comptes d’utilisateur fonctionnent pour les deux.
case-verdict-personal = Un nouveau répertoire. Avec une adresse personnelle (outlook.com, gmail.com, yahoo.com, etc.), vous vous inscrivez avec un compte Microsoft personnel, qui dispose de son propre répertoire ; l’abonnement y est placé, à l’écart de votre organisation et de ses utilisateurs : c’est la prolifération de comptes. Inscrivez-vous plutôt avec votre compte Microsoft 365.
case-verdict-other = Probablement un autre répertoire. Deux domaines professionnels différents appartiennent généralement à deux organisations, et l’abonnement est placé dans le répertoire de celle dont le compte sert à l’inscription. Une organisation peut toutefois avoir plusieurs domaines : vérifiez-le à la page « Répertoires + abonnements » du portail Azure, et inscrivez-vous avec le compte de l’organisation qui doit détenir l’abonnement.
case-verdict-unknown = Impossible de le déterminer à partir de ces informations. Vérifiez d’abord dans quel répertoire se trouve votre compte Microsoft 365 : connectez-vous au portail Azure avec ce compte et consultez la page « Répertoires + abonnements ».
case-unreadable = { $field ->
    [m365] L’adresse Microsoft 365 ne ressemble pas à une adresse e-mail.
   *[sign-up] L’adresse d’inscription ne ressemble pas à une adresse e-mail.
}
case-table-caption = Où votre abonnement est placé
case-table-account = Si vous vous inscrivez avec
case-table-lands = Il est placé dans
case-table-do = Que faire
case-lands-same = le répertoire de votre organisation, à côté de Microsoft 365
case-lands-personal = un nouveau répertoire qui lui est propre
case-lands-other = le répertoire de l’autre organisation
case-lands-unknown = impossible à déterminer à partir de l’adresse
case-do-same = Rien de plus : les mêmes comptes d’utilisateur fonctionnent pour les deux.
case-do-personal = Inscrivez-vous plutôt avec votre compte Microsoft 365.
case-do-other = Inscrivez-vous avec le compte de l’organisation qui doit détenir l’abonnement.
case-do-unknown = Vérifiez d’abord dans le portail, à la page « Répertoires + abonnements ».
