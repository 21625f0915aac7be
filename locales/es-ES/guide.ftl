# Guía de registro en Azure: todos los textos que muestra el widget.
# Trato de usted, como en la documentación de Microsoft en español.
# Variables: $link marca dónde va un vínculo; $name, $from y $to son etiquetas;
# $current, $total y $count son números.

## The widget as a whole

widget-title = Registro para obtener una suscripción de Azure con su cuenta de Microsoft 365
article-date = Artículo actualizado el 20 de agosto de 2020.
entra-note = Azure Active Directory (Azure AD) ahora se llama Microsoft Entra ID.
language-label = Idioma
# Nombre del idioma tal como aparece en el menú de idiomas.
language-name = Español
new-tab = (se abre en una pestaña nueva)
load-error = No se pudo cargar la guía. Vuelva a cargar la página para intentarlo de nuevo.
internal-error = Se ha producido un error en la guía. Vuelva a cargar la página para continuar; su progreso se ha guardado.
list-pair = { $first } y { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } y { $second }

## The walkthrough

walkthrough-heading = Obtener una suscripción de Azure con su cuenta de Microsoft 365
intro-m365 = Si tiene una suscripción de Microsoft 365, puede crear una suscripción de Azure con su cuenta de Microsoft 365.
intro-sign-up = Para configurar máquinas virtuales o usar otros servicios de Azure, necesita registrarse para obtener una suscripción de Azure.
intro-share = Es posible compartir la suscripción de Azure con otras personas y { $link }.

walkthrough-save-time = Ahorre tiempo y evite la proliferación de cuentas: regístrese en Azure con el nombre de usuario y la contraseña de Microsoft 365.
steps-nav-label = Pasos
progress-label = Paso { $current } de { $total }
progress-optional = Paso opcional
# Antes de los nombres de los pasos opcionales en la lista de pasos.
steps-optional = Opcional:
# Después del nombre de un paso opcional, para los lectores de pantalla.
step-optional-note = (opcional)
step-done = (completado)
step-sign-up-title = Registrarse
step-sign-up-text = Regístrese en { $link }.
step-sign-in-title = Iniciar sesión
step-sign-in-text = Inicie sesión con el nombre de usuario y la contraseña de Microsoft 365. No hace falta que la cuenta tenga permisos de administrador.
step-sign-in-several = Si tiene varias cuentas de Microsoft 365, use las credenciales de la cuenta de Microsoft 365 que quiera asociar a su suscripción de Azure.
step-finish-title = Completar el registro
step-finish-text = Rellene los datos que se piden y complete el registro. Si ya tiene una cuenta de Microsoft 365, es posible que no se le pida parte de la información.
step-add-people-title = Agregar a otras personas
step-add-people-text = Para agregar a la suscripción de Azure a otras personas de su organización, consulte { $link }.
step-check-title = Comprobar en el portal
step-check-tag = Ayuda de la guía
step-check-note = Este paso no forma parte del artículo: es una ayuda propia de la guía para comprobar dónde ha quedado su suscripción.
step-check-directory = Abra la página { $link } para ver en qué directorio ha iniciado sesión y para cambiar a otro.
step-check-subscriptions = Abra la página { $link } para encontrar su suscripción.
step-check-wrong = Si la suscripción ha quedado en un directorio equivocado, consulte { $link }.
step-check-transfer = Para trasladarla a otro directorio, consulte { $link }.
button-back = Atrás
button-next = Siguiente
button-finish = Finalizar
button-restart = Volver a empezar
done-heading = Todo listo
done-text = Si se registró con su cuenta de Microsoft 365, su suscripción de Azure está en el mismo directorio que su suscripción de Microsoft 365, así que las mismas cuentas de usuario sirven para ambas.
done-portal = Abrir Azure Portal
portal-text = Inicie sesión en { $link } con el nombre de usuario y la contraseña de Microsoft 365.
next-steps-heading = Pasos siguientes
next-steps-rbac = Comparta la suscripción de Azure con otros usuarios y { $link }.
help-heading = ¿Necesita ayuda? Contacte con nosotros.
help-text = Si tiene dudas o necesita ayuda, puede { $link }.
already-both = Si ya tiene una cuenta de Microsoft 365 y una suscripción de Azure, consulte el artículo que explica cómo { $link }.
announce-step = Paso { $current } de { $total }: { $title }
announce-optional = Paso opcional: { $title }
announce-done = Todo listo.

## Link texts

link-azure-com = Azure.com
link-portal = Azure Portal
link-rbac-assign = use el control de acceso basado en rol para administrar el acceso a su suscripción de Azure y a sus recursos
link-rbac-use = usar el control de acceso basado en rol para administrar el acceso a su suscripción de Azure y a sus recursos
link-rbac-overview = Introducción a la administración de acceso en Azure Portal
link-associate = asociar un inquilino de Microsoft 365 a una suscripción de Azure
link-how-associated = Asociación de las suscripciones de Azure con Azure Active Directory
link-support = crear una solicitud de soporte técnico
link-portal-directories = Directorios y suscripciones en Azure Portal
link-portal-subscriptions = Suscripciones en Azure Portal
link-associate-entra = Asociación o incorporación de una suscripción de Azure al inquilino de Microsoft Entra
link-transfer = Transferencia de una suscripción de Azure a otro directorio de Microsoft Entra

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Ilustración de la página de registro de Azure en un explorador.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Registrarse en Azure
illus-signup-button = Comenzar
illus-sign-in-alt = Ilustración de la página de inicio de sesión.
illus-email = usuario@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Ilustración del formulario de registro.
illus-form-heading = Acerca de usted
illus-sign-in-heading = Iniciar sesión
illus-form-button = Registrarse
illus-check-alt = Ilustración de la página Directorios y suscripciones de Azure Portal, con el directorio actual resaltado.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Directorios y suscripciones
illus-check-current = Directorio actual
illus-check-all = Todos los directorios
illus-check-switch = Cambiar

## The diagram

diagram-heading = Más información sobre las suscripciones de Azure y de Microsoft 365
diagram-intro = Microsoft 365 y Azure administran los usuarios y las suscripciones con el servicio Azure AD. El directorio de Azure es una especie de contenedor que permite agrupar usuarios y suscripciones. Si quiere usar las mismas cuentas de usuario en sus suscripciones de Azure y de Microsoft 365, las suscripciones de Azure deben crearse en el mismo directorio que las de Microsoft 365.
diagram-hint = Elija un caso y, después, seleccione cualquier cuadro para ver por qué está ahí.
diagram-more = Para más información, consulte { $link }.
scenarios-label = Escenarios
scenario-recommended = Misma cuenta (recomendado)
scenario-sprawl = Una cuenta personal
scenario-other = Una cuenta profesional de otra organización
scenario-share = Compartir la suscripción
node-directory = Directorio { $name }
directory-contoso = Contoso
directory-personal = personal
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Suscripción de Azure
sub-m365 = Suscripción de Microsoft 365
# $kind: directory (directorio, masculino), account (cuenta) o subscription (suscripción), femeninos.
new-badge = { $kind ->
    [directory] Nuevo
    [account] Nueva
   *[other] Nueva
}
figure-rule = La regla: una suscripción queda en el directorio del usuario que la crea.
figure-unsure = ¿No sabe cuál es su caso? La figura muestra la situación antes de registrarse. Para ver en qué directorio está su cuenta de Microsoft 365, abra la página { $link }.
figure-you = Usted
figure-you-accounts = { $count ->
    [one] una persona, una cuenta
    [many] una persona, { $count } de cuentas: una en cada directorio
   *[other] una persona, { $count } cuentas: una en cada directorio
}
account-work = Su cuenta de Microsoft 365
account-personal = Su cuenta personal
account-other = Su cuenta de Fabrikam
note-admin = administrador
in-contoso = en el directorio Contoso
in-personal = en el directorio personal
in-fabrikam = en el directorio Fabrikam
note-created = { $who ->
    [work] creada con su cuenta de Microsoft 365; usted es el propietario
    [other] creada con su cuenta de Fabrikam; usted es el propietario
   *[personal] creada con su cuenta personal; usted es el propietario
}
note-owned-by-directory = propiedad del directorio, administrada por { $managers }
note-shared = { $names } también tiene acceso (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, administrador
name-new = { $kind ->
    [directory] { $name }, nuevo
    [account] { $name }, nueva
   *[other] { $name }, nueva
}
why-directory = { $kind ->
    [organization] El directorio de su organización: en él están su cuenta de Microsoft 365, las cuentas de sus compañeros y la suscripción de Microsoft 365.
    [other] El directorio de otra organización, donde está su cuenta de Fabrikam. Nadie de { $other } forma parte de él: son los administradores de Fabrikam quienes deciden a quién se agrega.
   *[personal] Un directorio propio de su cuenta personal, creado cuando se registró con ella. Nadie de { $other } forma parte de él.
}
why-account = { $who ->
    [work] Esta cuenta está { $where }, así que todo lo que cree con ella también queda ahí.
    [personal] Esta cuenta está { $where }, no en { $other }, así que todo lo que cree con ella queda ahí.
    [other] Esta cuenta pertenece a otra organización y está { $where }, no en { $other }, así que todo lo que cree con ella queda ahí.
   *[admin] { $name } es administrador { $where } y administra la suscripción de Microsoft 365.
}
why-access = { $name } también tiene acceso a su suscripción de Azure mediante el control de acceso basado en rol. Como ya está en el mismo directorio, { $name } no necesita una cuenta nueva.
why-subscription = { $who ->
    [work] La creó con su cuenta de Microsoft 365, por lo que quedó { $where }, junto a la suscripción de Microsoft 365.
    [personal] La creó con su cuenta personal, por lo que quedó { $where }, separada de { $other } y de la suscripción de Microsoft 365 que hay allí.
    [other] La creó con su cuenta de Fabrikam, por lo que quedó { $where }, el directorio de otra organización, separada de { $other } y de la suscripción de Microsoft 365 que hay allí.
   *[directory] Es propiedad del directorio y la administra { $managers }, que es administrador.
}

## The article's points about directories and subscriptions

rules-heading = Tenga en cuenta lo siguiente:
rule-created-under = Cada suscripción se crea dentro de un directorio.
rule-users-belong = Los usuarios forman parte de directorios.
rule-lands-in = Una suscripción queda en el directorio del usuario que la crea. Por eso, su suscripción de Microsoft 365 y su suscripción de Azure están vinculadas a la misma cuenta.
rule-azure-owned = Las suscripciones de Azure pertenecen a usuarios concretos del directorio.
rule-m365-owned = El propio directorio es el propietario de las suscripciones de Microsoft 365. Los usuarios del directorio que tengan los permisos adecuados pueden administrarlas.

## Scenario scenes

scene-same-account = Con su cuenta de Microsoft 365, la suscripción de Azure queda en Contoso, junto a la suscripción de Microsoft 365, y las mismas cuentas de usuario sirven para ambas.
scene-sprawl-result = Con otra cuenta, en este caso personal, la suscripción de Azure queda en el directorio propio de esa cuenta. Ahora hay dos directorios y los usuarios de Contoso no están en el nuevo: es la proliferación de cuentas de la que advierte el artículo.
scene-other-result = Con una cuenta profesional de otra organización, la suscripción de Azure queda en el directorio de esa organización, Fabrikam, y no en Contoso. Los usuarios de Contoso no están en él, y podría perder el acceso a la suscripción cuando deje esa organización.
scene-access-shared = Concede a Alex acceso a la suscripción de Azure mediante el control de acceso basado en rol de Azure (Azure RBAC). Alex ya está en el directorio, así que no hace falta ninguna cuenta nueva. Aprenda a { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = ¿Dónde quedará su suscripción?
case-intro = Escriba las dos direcciones o elija una opción a continuación. Es una predicción a partir de los dominios de las direcciones, no una consulta: lo que escriba nunca sale de esta página y no se guarda.
case-m365-label = La dirección que usa para Microsoft 365
case-sign-up-label = La dirección con la que se registrará en Azure
case-choices-label = O elija la cuenta con la que se registrará
case-pick-same = Mi cuenta profesional, la que uso para Microsoft 365
case-pick-other = Una cuenta profesional de otra organización
case-pick-personal = Una cuenta personal (outlook.com, gmail.com u otra dirección personal)
case-pick-unknown = No lo sé
case-verdict-label = Predicción:
# Etiqueta de una predicción a partir de dos direcciones escritas: solo sus dominios
# (nunca la parte anterior a la @), tal como se leyeron.
case-verdict-read = Predicción para { $from } → { $to }:
case-verdict-likely = Muy probablemente, el mismo directorio. El dominio onmicrosoft.com de un inquilino y un dominio con el mismo nombre, o un dominio y uno de sus subdominios, suelen pertenecer a la misma organización. Compruébelo antes: inicie sesión en Azure Portal y mire en Directorios y suscripciones.
case-verdict-same = Mismo directorio. La suscripción de Azure queda en el directorio de su organización, junto a su suscripción de Microsoft 365, y las mismas cuentas de usuario sirven para ambas.
case-verdict-personal = Un directorio nuevo. Con una dirección personal (outlook.com, gmail.com, yahoo.com, etc.) el registro se hace con una cuenta Microsoft personal, que recibe su propio directorio; la suscripción queda allí, separada de su organización y de sus usuarios: es la proliferación de cuentas. En su lugar, regístrese con su cuenta de Microsoft 365.
case-verdict-other = Probablemente, otro directorio. Dos dominios profesionales distintos suelen pertenecer a dos organizaciones, y la suscripción queda en el directorio de aquella cuya cuenta se usa para el registro. Sin embargo, una organización puede tener varios dominios: compruébelo en Directorios y suscripciones de Azure Portal y regístrese con la cuenta de la organización a la que debe pertenecer la suscripción.
case-verdict-unknown = Todavía no se puede saber. Compruebe primero en qué directorio está su cuenta de Microsoft 365: inicie sesión con ella en Azure Portal y mire en Directorios y suscripciones.
case-unreadable = { $field ->
    [m365] La dirección de Microsoft 365 no parece una dirección de correo electrónico.
   *[sign-up] La dirección de registro no parece una dirección de correo electrónico.
}
case-table-caption = Dónde queda su suscripción
case-table-account = Si se registra con
case-table-lands = Queda en
case-table-do = Qué hacer
case-lands-same = el directorio de su organización, junto a Microsoft 365
case-lands-personal = un directorio nuevo y propio
case-lands-other = el directorio de la otra organización
case-lands-unknown = no se puede saber por la dirección
case-do-same = Nada más: las mismas cuentas de usuario sirven para ambas.
case-do-personal = En su lugar, regístrese con su cuenta de Microsoft 365.
case-do-other = Regístrese con la cuenta de la organización a la que debe pertenecer la suscripción.
case-do-unknown = Compruébelo primero en el portal, en Directorios y suscripciones.
