# Guia de inscrição no Azure: todos os textos que o widget exibe (português do Brasil).
# Tratamento: "você", como nos documentos da Microsoft em pt-BR.
# Variáveis: $link marca onde fica o texto de um link; $name, $from, $to são rótulos;
# $current, $total, $count são números.

## The widget as a whole

widget-title = Inscrever-se para obter uma assinatura do Azure com sua conta do Microsoft 365
article-date = Artigo atualizado em 20 de agosto de 2020.
entra-note = O Azure AD (Azure Active Directory) agora se chama Microsoft Entra ID.
language-label = Idioma
# O nome do idioma como o menu de idiomas o lista.
language-name = Português (Brasil)
new-tab = (abre em uma nova guia)
load-error = Não foi possível carregar o guia. Recarregue a página para tentar novamente.
internal-error = Ocorreu um erro no guia. Recarregue a página para continuar; seu progresso foi salvo.
list-pair = { $first } e { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } e { $second }

## The walkthrough

walkthrough-heading = Obter uma assinatura do Azure com sua conta do Microsoft 365
intro-m365 = Com uma assinatura do Microsoft 365, você pode criar uma assinatura do Azure usando sua conta do Microsoft 365.
intro-sign-up = Para configurar máquinas virtuais ou usar outros serviços do Azure, é preciso se inscrever para obter uma assinatura do Azure.
intro-share = Você pode compartilhar sua assinatura do Azure com outras pessoas e { $link }.

walkthrough-save-time = Inscreva-se no Azure com o nome de usuário e a senha do Microsoft 365 para economizar tempo e evitar a proliferação de contas.
steps-nav-label = Etapas
progress-label = Etapa { $current } de { $total }
progress-optional = Etapa opcional
# Antes dos nomes das etapas opcionais na lista de etapas.
steps-optional = Opcional:
# Depois do nome de uma etapa opcional, para leitores de tela.
step-optional-note = (opcional)
step-done = (concluída)
step-sign-up-title = Inscrever-se
step-sign-up-text = Faça sua inscrição em { $link }.
step-sign-in-title = Entrar
step-sign-in-text = Entre com o nome de usuário e a senha da sua conta do Microsoft 365. Essa conta não precisa de permissões de administrador.
step-sign-in-several = Se você tiver mais de uma conta do Microsoft 365, use as credenciais daquela que deseja associar à sua assinatura do Azure.
step-finish-title = Concluir a inscrição
step-finish-text = Preencha as informações solicitadas e conclua a inscrição. Se você já tem uma conta do Microsoft 365, algumas informações podem não ser pedidas.
step-add-people-title = Adicionar pessoas
step-add-people-text = Para adicionar outras pessoas da sua organização à assinatura do Azure, consulte { $link }.
step-check-title = Verificar no portal
step-check-tag = Ajuda do guia
step-check-note = Esta etapa não faz parte do artigo: é uma ajuda do próprio guia para você verificar onde sua assinatura ficou.
step-check-directory = Abra { $link } para ver em qual diretório você está conectado e para alternar para outro.
step-check-subscriptions = Abra { $link } para encontrar sua assinatura.
step-check-wrong = Se a assinatura ficou no diretório errado, consulte { $link }.
step-check-transfer = Para movê-la para outro diretório, consulte { $link }.
button-back = Voltar
button-next = Avançar
button-finish = Concluir
button-restart = Recomeçar
done-heading = Tudo pronto
done-text = Se você se inscreveu com sua conta do Microsoft 365, sua assinatura do Azure está no mesmo diretório que sua assinatura do Microsoft 365, e as mesmas contas de usuário funcionam nas duas.
done-portal = Abrir o portal do Azure
portal-text = Entre no { $link } com o nome de usuário e a senha do Microsoft 365.
next-steps-heading = Próximas etapas
next-steps-rbac = Compartilhe sua assinatura do Azure com outras pessoas e { $link }.
help-heading = Precisa de ajuda? Entre em contato conosco.
help-text = Se você tiver dúvidas ou precisar de ajuda, { $link }.
already-both = Se você já tem uma conta do Microsoft 365 e uma assinatura do Azure, veja o artigo que explica como { $link }.
announce-step = Etapa { $current } de { $total }: { $title }
announce-optional = Etapa opcional: { $title }
announce-done = Tudo pronto.

## Link texts

link-azure-com = Azure.com
link-portal = portal do Azure
link-rbac-assign = use o controle de acesso baseado em função para gerenciar o acesso à sua assinatura do Azure e aos seus recursos
link-rbac-use = usar o controle de acesso baseado em função para gerenciar o acesso à sua assinatura do Azure e aos seus recursos
link-rbac-overview = Introdução ao gerenciamento de acesso no portal do Azure
link-associate = associar um locatário do Microsoft 365 a uma assinatura do Azure
link-how-associated = Como as assinaturas do Azure são associadas ao Azure Active Directory
link-support = crie uma solicitação de suporte
link-portal-directories = Diretórios + assinaturas no portal do Azure
link-portal-subscriptions = Assinaturas no portal do Azure
link-associate-entra = Associar ou adicionar uma assinatura do Azure ao seu locatário do Microsoft Entra
link-transfer = Transferir uma assinatura do Azure para um diretório do Microsoft Entra diferente

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Ilustração da página de inscrição do Azure em um navegador.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Inscrever-se no Azure
illus-signup-button = Iniciar
illus-sign-in-alt = Ilustração da página de entrada.
illus-email = voce@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Ilustração do formulário de inscrição.
illus-form-heading = Sobre você
illus-sign-in-heading = Entrar
illus-form-button = Inscrever-se
illus-check-alt = Ilustração da página Diretórios + assinaturas do portal do Azure, com o diretório atual marcado.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Diretórios + assinaturas
illus-check-current = Diretório atual
illus-check-all = Todos os diretórios
illus-check-switch = Alternar

## The diagram

diagram-heading = Mais sobre as assinaturas do Azure e do Microsoft 365
diagram-intro = O Microsoft 365 e o Azure gerenciam usuários e assinaturas com o serviço Azure AD. O diretório do Azure funciona como um contêiner em que você agrupa usuários e assinaturas. Para que as mesmas contas de usuário sirvam para suas assinaturas do Azure e do Microsoft 365, garanta que as assinaturas do Azure sejam criadas no mesmo diretório que as do Microsoft 365.
diagram-hint = Escolha um caso e selecione qualquer caixa para ler por que ela está ali.
diagram-more = Para saber mais, consulte { $link }.
scenarios-label = Cenários
scenario-recommended = Mesma conta (recomendado)
scenario-sprawl = Uma conta pessoal
scenario-other = Uma conta corporativa de outra organização
scenario-share = Compartilhar a assinatura
node-directory = Diretório: { $name }
directory-contoso = Contoso
directory-personal = Pessoal
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Assinatura do Azure
sub-m365 = Assinatura do Microsoft 365
# $kind: directory (diretório, masculino), account (conta) ou subscription (assinatura), femininos.
new-badge = { $kind ->
    [directory] Novo
   *[other] Nova
}
figure-rule = A regra: uma assinatura fica no diretório do usuário que a cria.
figure-unsure = Não sabe qual é o seu caso? A figura mostra a situação antes da inscrição. Para ver em qual diretório está sua conta do Microsoft 365, abra { $link }.
figure-you = Você
figure-you-accounts = { $count ->
    [0] uma pessoa, nenhuma conta
    [one] uma pessoa, uma conta
    [many] uma pessoa, { $count } de contas: uma em cada diretório
   *[other] uma pessoa, { $count } contas: uma em cada diretório
}
account-work = Sua conta do Microsoft 365
account-personal = Sua conta pessoal
account-other = Sua conta da Fabrikam
note-admin = administrador
in-contoso = no diretório Contoso
in-personal = no diretório Pessoal
in-fabrikam = no diretório Fabrikam
note-created = { $who ->
    [work] você a criou com sua conta do Microsoft 365, e ela pertence a você
    [other] você a criou com sua conta da Fabrikam, e ela pertence a você
   *[personal] você a criou com sua conta pessoal, e ela pertence a você
}
note-owned-by-directory = propriedade do diretório, gerenciada por { $managers }
note-shared = { $names } também tem acesso (RBAC do Azure)
name-in = { $name }, { $where }
name-admin = { $name }, administrador
name-new = { $kind ->
    [directory] { $name }, novo
   *[other] { $name }, nova
}
why-directory = { $kind ->
    [organization] O diretório da sua organização: nele estão sua conta do Microsoft 365, as contas dos seus colegas e a assinatura do Microsoft 365.
    [other] O diretório de outra organização, que contém sua conta da Fabrikam. Ninguém da { $other } está nele, e são os administradores da Fabrikam que decidem quem entra.
   *[personal] Um diretório próprio da sua conta pessoal, criado quando você se inscreveu com ela. Ninguém da { $other } está nele.
}
why-account = { $who ->
    [work] Esta conta está { $where }, então tudo o que você cria com ela também fica lá.
    [personal] Esta conta está { $where }, e não na { $other }, então tudo o que você cria com ela fica lá.
    [other] Esta conta pertence a outra organização e está { $where }, e não na { $other }, então tudo o que você cria com ela fica lá.
   *[admin] { $name } é administrador { $where } e gerencia a assinatura do Microsoft 365.
}
why-access = { $name } também tem acesso à sua assinatura do Azure por meio do controle de acesso baseado em função. Como já está no mesmo diretório, { $name } não precisa de uma conta nova.
why-subscription = { $who ->
    [work] Você a criou com sua conta do Microsoft 365, por isso ela ficou { $where }, ao lado da assinatura do Microsoft 365.
    [personal] Você a criou com sua conta pessoal, por isso ela ficou { $where }, separada da { $other } e da assinatura do Microsoft 365 dela.
    [other] Você a criou com sua conta da Fabrikam, por isso ela ficou { $where }, o diretório de outra organização, separada da { $other } e da assinatura do Microsoft 365 dela.
   *[directory] Ela pertence ao diretório, e quem a gerencia é { $managers }, um administrador.
}

## The article's points about directories and subscriptions

rules-heading = Lembre-se do seguinte:
rule-created-under = Uma assinatura é criada dentro de um diretório.
rule-users-belong = Os usuários fazem parte de diretórios.
rule-lands-in = Uma assinatura fica no diretório do usuário que a cria. Assim, sua assinatura do Microsoft 365 está ligada à mesma conta que sua assinatura do Azure.
rule-azure-owned = Cada assinatura do Azure pertence a um usuário individual do diretório.
rule-m365-owned = As assinaturas do Microsoft 365 pertencem ao próprio diretório. Quem tem as permissões adequadas no diretório pode gerenciar essas assinaturas.

## Scenario scenes

scene-same-account = Com sua conta do Microsoft 365, a assinatura do Azure fica na Contoso, ao lado da assinatura do Microsoft 365, e as mesmas contas de usuário funcionam nas duas.
scene-sprawl-result = Com outra conta, uma pessoal, a assinatura do Azure fica no diretório próprio dessa conta. Agora há dois diretórios, e os usuários da Contoso não estão no novo: é a proliferação de contas contra a qual o artigo alerta.
scene-other-result = Com uma conta corporativa de outra organização, a assinatura do Azure fica no diretório dessa organização, a Fabrikam, e não na Contoso. Os usuários da Contoso não estão nele, e você pode perder o acesso à assinatura quando sair dessa organização.
scene-access-shared = Você dá a Alex acesso à assinatura do Azure por meio do controle de acesso baseado em função. Alex já está no diretório, então não é necessária nenhuma conta nova. Saiba como { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Onde sua assinatura vai ficar?
case-intro = Insira os dois endereços ou escolha abaixo. Isto é uma previsão feita a partir dos domínios dos endereços, não uma consulta: o que você insere nunca sai desta página e não é salvo.
case-m365-label = O endereço que você usa no Microsoft 365
case-sign-up-label = O endereço que você vai usar para se inscrever no Azure
case-choices-label = Ou escolha a conta com a qual você vai se inscrever
case-pick-same = Minha conta corporativa, a que eu uso no Microsoft 365
case-pick-other = Uma conta corporativa de outra organização
case-pick-personal = Uma conta pessoal (outlook.com, gmail.com ou qualquer outro endereço pessoal)
case-pick-unknown = Não sei
case-verdict-label = Previsão:
# O rótulo de uma previsão feita a partir de dois endereços digitados: só os domínios
# (nunca a parte antes do @).
case-verdict-read = Previsão para { $from } → { $to }:
case-verdict-likely = Muito provavelmente o mesmo diretório. O domínio onmicrosoft.com de um locatário e um domínio com o mesmo nome, ou um domínio e um subdomínio dele, costumam pertencer à mesma organização. Confirme primeiro: entre no portal do Azure e veja em Diretórios + assinaturas.
case-verdict-same = Mesmo diretório. A assinatura do Azure fica no diretório da sua organização, ao lado da sua assinatura do Microsoft 365, e as mesmas contas de usuário funcionam nas duas.
case-verdict-personal = Um diretório novo. Com um endereço pessoal (outlook.com, gmail.com, yahoo.com, …), a inscrição é feita como conta Microsoft pessoal, que recebe um diretório próprio; a assinatura fica lá, separada da sua organização e dos usuários dela: é a proliferação de contas. Em vez disso, inscreva-se com sua conta do Microsoft 365.
case-verdict-other = Provavelmente outro diretório. Dois domínios corporativos diferentes costumam pertencer a duas organizações, e a assinatura fica no diretório daquela cuja conta faz a inscrição. Mas uma organização pode ter vários domínios: verifique em Diretórios + assinaturas no portal do Azure e inscreva-se com a conta da organização que deve ter a assinatura.
case-verdict-unknown = Ainda não dá para saber. Primeiro, verifique em qual diretório está sua conta do Microsoft 365: entre no portal do Azure com ela e veja em Diretórios + assinaturas.
case-unreadable = { $field ->
    [m365] O endereço do Microsoft 365 não parece ser um endereço de email.
   *[sign-up] O endereço de inscrição não parece ser um endereço de email.
}
case-table-caption = Onde sua assinatura fica
case-table-account = Se você se inscrever com
case-table-lands = Ela fica em
case-table-do = O que fazer
case-lands-same = o diretório da sua organização, ao lado do Microsoft 365
case-lands-personal = um diretório novo, só dela
case-lands-other = o diretório da outra organização
case-lands-unknown = não dá para saber pelo endereço
case-do-same = Nada mais: as mesmas contas de usuário funcionam nas duas.
case-do-personal = Em vez disso, inscreva-se com sua conta do Microsoft 365.
case-do-other = Inscreva-se com a conta da organização que deve ter a assinatura.
case-do-unknown = Verifique primeiro no portal, em Diretórios + assinaturas.
