# Guia de inscrição no Azure: todos os textos que o widget apresenta (português europeu).
# Tratamento: formas impessoais e 3.ª pessoa sem "você", como nos documentos da Microsoft em pt-PT.
# Variáveis: $link marca onde fica o texto de uma ligação; $name, $from, $to são etiquetas;
# $current, $total, $count são números.

## The widget as a whole

widget-title = Inscrever-se numa subscrição do Azure com a conta do Microsoft 365
article-date = Artigo atualizado a 20 de agosto de 2020.
entra-note = O Azure Active Directory (Azure AD) chama-se agora Microsoft Entra ID.
language-label = Idioma
# O nome do idioma tal como o menu de idiomas o apresenta.
language-name = Português (Portugal)
new-tab = (abre num novo separador)
load-error = Não foi possível carregar o guia. Atualize a página para tentar novamente.
internal-error = Ocorreu um erro no guia. Atualize a página para continuar; o seu progresso foi guardado.
list-pair = { $first } e { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } e { $second }

## The walkthrough

walkthrough-heading = Obter uma subscrição do Azure através da sua conta do Microsoft 365
intro-m365 = Com uma subscrição do Microsoft 365, pode criar uma subscrição do Azure através da sua conta do Microsoft 365.
intro-sign-up = Para configurar máquinas virtuais ou utilizar outros serviços do Azure, é necessário inscrever-se numa subscrição do Azure.
intro-share = Pode partilhar a sua subscrição do Azure com outras pessoas e { $link }.

walkthrough-save-time = Inscreva-se no Azure com o nome de utilizador e a palavra-passe do Microsoft 365 para poupar tempo e evitar a proliferação de contas.
steps-nav-label = Passos
progress-label = Passo { $current } de { $total }
progress-optional = Passo opcional
# Antes dos nomes dos passos opcionais na lista de passos.
steps-optional = Opcional:
# Depois do nome de um passo opcional, para leitores de ecrã.
step-optional-note = (opcional)
step-done = (concluído)
step-sign-up-title = Inscrever-se
step-sign-up-text = Faça a inscrição em { $link }.
step-sign-in-title = Iniciar sessão
step-sign-in-text = Inicie sessão com o nome de utilizador e a palavra-passe da sua conta do Microsoft 365. Essa conta não precisa de permissões de administrador.
step-sign-in-several = Se tiver várias contas do Microsoft 365, utilize as credenciais da conta que pretende associar à sua subscrição do Azure.
step-finish-title = Concluir a inscrição
step-finish-text = Preencha as informações pedidas e conclua a inscrição. Se já tiver uma conta do Microsoft 365, algumas informações poderão não ser pedidas.
step-add-people-title = Adicionar pessoas
step-add-people-text = Para adicionar outras pessoas da sua organização à subscrição do Azure, veja { $link }.
step-check-title = Verificar no portal
step-check-tag = Ajuda do guia
step-check-note = Este passo não faz parte do artigo: é uma ajuda do próprio guia para verificar onde ficou a sua subscrição.
step-check-directory = Abra { $link } para ver em que diretório iniciou sessão e para mudar para outro.
step-check-subscriptions = Abra { $link } para encontrar a sua subscrição.
step-check-wrong = Se a subscrição ficou no diretório errado, veja { $link }.
step-check-transfer = Para a mover para outro diretório, veja { $link }.
button-back = Anterior
button-next = Seguinte
button-finish = Concluir
button-restart = Recomeçar
done-heading = Concluído
done-text = Se se inscreveu com a sua conta do Microsoft 365, a sua subscrição do Azure está no mesmo diretório que a sua subscrição do Microsoft 365, pelo que as mesmas contas de utilizador funcionam em ambas.
done-portal = Abrir o portal do Azure
portal-text = Inicie sessão no { $link } com o nome de utilizador e a palavra-passe do Microsoft 365.
next-steps-heading = Passos seguintes
next-steps-rbac = Partilhe a sua subscrição do Azure com outras pessoas e { $link }.
help-heading = Precisa de ajuda? Contacte-nos.
help-text = Se tiver dúvidas ou precisar de ajuda, { $link }.
already-both = Se já tiver uma conta do Microsoft 365 e uma subscrição do Azure, veja o artigo que explica como { $link }.
announce-step = Passo { $current } de { $total }: { $title }
announce-optional = Passo opcional: { $title }
announce-done = Concluído.

## Link texts

link-azure-com = Azure.com
link-portal = portal do Azure
link-rbac-assign = utilize o controlo de acesso baseado em funções para gerir o acesso à sua subscrição do Azure e aos seus recursos
link-rbac-use = utilizar o controlo de acesso baseado em funções para gerir o acesso à sua subscrição do Azure e aos seus recursos
link-rbac-overview = Introdução à gestão de acesso no portal do Azure
link-associate = associar um inquilino do Microsoft 365 a uma subscrição do Azure
link-how-associated = Como estão associadas as subscrições do Azure ao Azure Active Directory
link-support = crie um pedido de suporte
link-portal-directories = Diretórios + subscrições no portal do Azure
link-portal-subscriptions = Subscrições no portal do Azure
link-associate-entra = Associar ou adicionar uma subscrição do Azure ao seu inquilino do Microsoft Entra
link-transfer = Transferir uma subscrição do Azure para um diretório diferente do Microsoft Entra

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Ilustração da página de inscrição do Azure num browser.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Inscrever-se no Azure
illus-signup-button = Iniciar
illus-sign-in-alt = Ilustração da página de início de sessão.
illus-email = utilizador@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Ilustração do formulário de inscrição.
illus-form-heading = Sobre si
illus-sign-in-heading = Iniciar sessão
illus-form-button = Inscrever-se
illus-check-alt = Ilustração da página Diretórios + subscrições do portal do Azure, com o diretório atual assinalado.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Diretórios + subscrições
illus-check-current = Diretório atual
illus-check-all = Todos os diretórios
illus-check-switch = Mudar

## The diagram

diagram-heading = Mais sobre as subscrições do Azure e do Microsoft 365
diagram-intro = O Microsoft 365 e o Azure gerem utilizadores e subscrições através do serviço Azure AD. O diretório do Azure funciona como um contentor onde pode agrupar utilizadores e subscrições. Para que as mesmas contas de utilizador sirvam para as suas subscrições do Azure e do Microsoft 365, garanta que as subscrições do Azure são criadas no mesmo diretório que as do Microsoft 365.
diagram-hint = Escolha um caso e, em seguida, selecione qualquer caixa para ler porque está ali.
diagram-more = Para obter mais informações, veja { $link }.
scenarios-label = Cenários
scenario-recommended = A mesma conta (recomendado)
scenario-sprawl = Uma conta pessoal
scenario-other = Uma conta profissional de outra organização
scenario-share = Partilhar a subscrição
node-directory = Diretório: { $name }
directory-contoso = Contoso
directory-personal = Pessoal
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Subscrição do Azure
sub-m365 = Subscrição do Microsoft 365
# $kind: directory (diretório, masculino), account (conta) ou subscription (subscrição), femininos.
new-badge = { $kind ->
    [directory] Novo
   *[other] Nova
}
figure-rule = A regra: uma subscrição fica no diretório do utilizador que a cria.
figure-unsure = Não sabe qual é o seu caso? A figura mostra a situação antes da inscrição. Para ver em que diretório está a sua conta do Microsoft 365, abra { $link }.
figure-you = Você
figure-you-accounts = { $count ->
    [0] uma pessoa, nenhuma conta
    [one] uma pessoa, uma conta
    [many] uma pessoa, { $count } de contas: uma em cada diretório
   *[other] uma pessoa, { $count } contas: uma em cada diretório
}
account-work = A sua conta do Microsoft 365
account-personal = A sua conta pessoal
account-other = A sua conta da Fabrikam
note-admin = administrador
in-contoso = no diretório Contoso
in-personal = no diretório Pessoal
in-fabrikam = no diretório Fabrikam
note-created = { $who ->
    [work] criou-a com a sua conta do Microsoft 365 e pertence-lhe
    [other] criou-a com a sua conta da Fabrikam e pertence-lhe
   *[personal] criou-a com a sua conta pessoal e pertence-lhe
}
note-owned-by-directory = propriedade do diretório, gerida por { $managers }
note-shared = { $names } também tem acesso (RBAC do Azure)
name-in = { $name }, { $where }
name-admin = { $name }, administrador
name-new = { $kind ->
    [directory] { $name }, novo
   *[other] { $name }, nova
}
why-directory = { $kind ->
    [organization] O diretório da sua organização: contém a sua conta do Microsoft 365, as contas dos seus colegas e a subscrição do Microsoft 365.
    [other] O diretório de outra organização, que contém a sua conta da Fabrikam. Ninguém da { $other } está nele, e são os administradores da Fabrikam que decidem quem lá está.
   *[personal] Um diretório próprio da sua conta pessoal, criado quando se inscreveu com ela. Ninguém da { $other } está nele.
}
why-account = { $who ->
    [work] Esta conta está { $where }, por isso tudo o que criar com ela também fica lá.
    [personal] Esta conta está { $where }, e não na { $other }, por isso tudo o que criar com ela fica lá.
    [other] Esta conta pertence a outra organização e está { $where }, e não na { $other }, por isso tudo o que criar com ela fica lá.
   *[admin] { $name } é administrador { $where } e gere a subscrição do Microsoft 365.
}
why-access = { $name } também tem acesso à sua subscrição do Azure através do controlo de acesso baseado em funções. Como já está no mesmo diretório, { $name } não precisa de uma conta nova.
why-subscription = { $who ->
    [work] Criou-a com a sua conta do Microsoft 365, por isso ficou { $where }, ao lado da subscrição do Microsoft 365.
    [personal] Criou-a com a sua conta pessoal, por isso ficou { $where }, separada da { $other } e da respetiva subscrição do Microsoft 365.
    [other] Criou-a com a sua conta da Fabrikam, por isso ficou { $where }, o diretório de outra organização, separada da { $other } e da respetiva subscrição do Microsoft 365.
   *[directory] Pertence ao diretório, e quem a gere é { $managers }, um administrador.
}

## The article's points about directories and subscriptions

rules-heading = Tenha em conta o seguinte:
rule-created-under = Cada subscrição é criada dentro de um diretório.
rule-users-belong = Os utilizadores fazem parte de diretórios.
rule-lands-in = Uma subscrição fica no diretório do utilizador que a cria. Assim, a sua subscrição do Microsoft 365 está ligada à mesma conta que a sua subscrição do Azure.
rule-azure-owned = Cada subscrição do Azure pertence a um utilizador individual do diretório.
rule-m365-owned = As subscrições do Microsoft 365 pertencem ao próprio diretório. Quem tiver as permissões adequadas no diretório pode gerir essas subscrições.

## Scenario scenes

scene-same-account = Com a sua conta do Microsoft 365, a subscrição do Azure fica na Contoso, ao lado da subscrição do Microsoft 365, e as mesmas contas de utilizador funcionam em ambas.
scene-sprawl-result = Com outra conta, uma pessoal, a subscrição do Azure fica no diretório próprio dessa conta. Passa a haver dois diretórios, e os utilizadores da Contoso não estão no novo: é a proliferação de contas contra a qual o artigo alerta.
scene-other-result = Com uma conta profissional de outra organização, a subscrição do Azure fica no diretório dessa organização, a Fabrikam, e não na Contoso. Os utilizadores da Contoso não estão nele, e pode perder o acesso à subscrição quando sair dessa organização.
scene-access-shared = Alex recebe acesso à subscrição do Azure através do controlo de acesso baseado em funções. Como já está no diretório, não é necessária uma conta nova. Saiba como { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Onde vai ficar a sua subscrição?
case-intro = Introduza os dois endereços ou escolha abaixo. Trata-se de uma previsão feita a partir dos domínios dos endereços, não de uma consulta: o que introduzir nunca sai desta página e não é guardado.
case-m365-label = O endereço que utiliza no Microsoft 365
case-sign-up-label = O endereço com que se vai inscrever no Azure
case-choices-label = Ou escolha a conta com que se vai inscrever
case-pick-same = A minha conta profissional, a que utilizo no Microsoft 365
case-pick-other = Uma conta profissional de outra organização
case-pick-personal = Uma conta pessoal (outlook.com, gmail.com ou qualquer outro endereço pessoal)
case-pick-unknown = Não tenho a certeza
case-verdict-label = Previsão:
# A etiqueta de uma previsão feita a partir de dois endereços escritos: só os domínios
# (nunca a parte antes do @).
case-verdict-read = Previsão para { $from } → { $to }:
case-verdict-likely = Muito provavelmente, o mesmo diretório. O domínio onmicrosoft.com de um inquilino e um domínio com o mesmo nome, ou um domínio e um subdomínio dele, costumam pertencer à mesma organização. Confirme primeiro: inicie sessão no portal do Azure e veja em Diretórios + subscrições.
case-verdict-same = O mesmo diretório. A subscrição do Azure fica no diretório da sua organização, ao lado da sua subscrição do Microsoft 365, e as mesmas contas de utilizador funcionam em ambas.
case-verdict-personal = Um diretório novo. Com um endereço pessoal (outlook.com, gmail.com, yahoo.com, …), a inscrição é feita como conta Microsoft pessoal, que recebe um diretório próprio; a subscrição fica lá, separada da sua organização e dos respetivos utilizadores: é a proliferação de contas. Em vez disso, inscreva-se com a sua conta do Microsoft 365.
case-verdict-other = Provavelmente, outro diretório. Dois domínios profissionais diferentes costumam pertencer a duas organizações, e a subscrição fica no diretório daquela cuja conta faz a inscrição. No entanto, uma organização pode ter vários domínios: verifique em Diretórios + subscrições no portal do Azure e inscreva-se com a conta da organização que deve deter a subscrição.
case-verdict-unknown = Ainda não é possível saber. Verifique primeiro em que diretório está a sua conta do Microsoft 365: inicie sessão no portal do Azure com ela e veja em Diretórios + subscrições.
case-unreadable = { $field ->
    [m365] O endereço do Microsoft 365 não parece ser um endereço de e-mail.
   *[sign-up] O endereço de inscrição não parece ser um endereço de e-mail.
}
case-table-caption = Onde fica a sua subscrição
case-table-account = Se se inscrever com
case-table-lands = Fica em
case-table-do = O que fazer
case-lands-same = o diretório da sua organização, ao lado do Microsoft 365
case-lands-personal = um novo diretório próprio
case-lands-other = o diretório da outra organização
case-lands-unknown = não é possível saber pelo endereço
case-do-same = Nada mais: as mesmas contas de utilizador funcionam em ambas.
case-do-personal = Em vez disso, inscreva-se com a sua conta do Microsoft 365.
case-do-other = Inscreva-se com a conta da organização que deve deter a subscrição.
case-do-unknown = Verifique primeiro no portal, em Diretórios + subscrições.
