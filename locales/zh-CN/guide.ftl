# Azure 注册指南：小组件显示的所有文本（简体中文）。
# 术语依照 Microsoft 简体中文文档：目录、订阅、租户、注册、Azure 门户、帐户、管理员。
# 中文与英文、数字之间加半角空格；标点使用全角。
# 变量：$link 为链接文本的位置；$name、$from、$to 为标签；$current、$total、$count 为数字。

## The widget as a whole

widget-title = 使用 Microsoft 365 帐户注册 Azure 订阅
article-date = 本文更新于 2020 年 8 月 20 日。
entra-note = Azure Active Directory (Azure AD) 现已更名为 Microsoft Entra ID。
language-label = 语言
# 语言菜单中显示的本语言名称。
language-name = 中文（简体）
new-tab = （在新选项卡中打开）
load-error = 无法加载本指南。请重新加载页面，然后重试。
internal-error = 指南出现了问题。请重新加载页面以继续，你的进度已保存。
list-pair = { $first } 和 { $second }
list-start = { $first }、{ $second }
list-middle = { $first }、{ $second }
list-end = { $first } 和 { $second }

## The walkthrough

walkthrough-heading = 通过 Microsoft 365 帐户获取 Azure 订阅
intro-m365 = 如果你有 Microsoft 365 订阅，就可以用自己的 Microsoft 365 帐户来创建 Azure 订阅。
intro-sign-up = 要设置虚拟机或使用其他 Azure 服务，需要先注册 Azure 订阅。
intro-share = 你可以与他人共享 Azure 订阅，并{ $link }。

walkthrough-save-time = 用 Microsoft 365 用户名和密码注册 Azure，既能节省时间，又能避免帐户激增。
steps-nav-label = 步骤
progress-label = 第 { $current } 步，共 { $total } 步
progress-optional = 可选步骤
# 步骤列表中可选步骤名称前的标签（“可选：添加其他人 · 在门户中检查”）。
steps-optional = 可选：
# 屏幕阅读器在可选步骤名称后读出。
step-optional-note = （可选）
step-done = （已完成）
step-sign-up-title = 注册
step-sign-up-text = 前往 { $link } 注册。
step-sign-in-title = 登录
step-sign-in-text = 使用你的 Microsoft 365 用户名和密码登录。所用帐户不需要具备管理员权限。
step-sign-in-several = 如果你有多个 Microsoft 365 帐户，请使用要与 Azure 订阅关联的那个 Microsoft 365 帐户的凭据。
step-finish-title = 完成注册
step-finish-text = 填写所需信息，完成注册流程。如果你已有 Microsoft 365 帐户，有些信息可能无需填写。
step-add-people-title = 添加其他人
step-add-people-text = 如果需要将组织中的其他人添加到该 Azure 订阅，请参阅 { $link }。
step-check-title = 在门户中检查
step-check-tag = 指南补充
step-check-note = 此步骤不在原文中：这是本指南自己提供的帮助，用于检查你的订阅位于哪个目录。
step-check-directory = 打开 { $link }，查看你当前登录的是哪个目录，并可切换到其他目录。
step-check-subscriptions = 打开 { $link }，找到你的订阅。
step-check-wrong = 如果订阅落在了错误的目录中，请参阅{ $link }。
step-check-transfer = 若要将订阅移到其他目录，请参阅{ $link }。
button-back = 上一步
button-next = 下一步
button-finish = 完成
button-restart = 重新开始
done-heading = 全部完成
done-text = 如果你是用 Microsoft 365 帐户注册的，那么 Azure 订阅与 Microsoft 365 订阅位于同一目录中，因此相同的用户帐户可同时用于两者。
done-portal = 打开 Azure 门户
portal-text = 使用你的 Microsoft 365 用户名和密码登录到 { $link }。
next-steps-heading = 后续步骤
next-steps-rbac = 与他人共享你的 Azure 订阅，并{ $link }。
help-heading = 需要帮助？请联系我们。
help-text = 如果有疑问或需要帮助，请{ $link }。
already-both = 如果你已同时拥有 Microsoft 365 帐户和 Azure 订阅，请参阅介绍如何{ $link }的文章。
announce-step = 第 { $current } 步，共 { $total } 步：{ $title }
announce-optional = 可选步骤：{ $title }
announce-done = 全部完成。

## Link texts

link-azure-com = Azure.com
link-portal = Azure 门户
link-rbac-assign = 使用基于角色的访问控制来管理对 Azure 订阅和资源的访问
link-rbac-use = 使用基于角色的访问控制来管理对 Azure 订阅和资源的访问
link-rbac-overview = Azure 门户中的访问管理入门
link-associate = 将 Microsoft 365 租户与 Azure 订阅关联
link-how-associated = Azure 订阅与 Azure Active Directory 的关联方式
link-support = 创建支持请求
link-portal-directories = Azure 门户中的“目录 + 订阅”
link-portal-subscriptions = Azure 门户中的“订阅”
link-associate-entra = 将 Azure 订阅关联或添加到 Microsoft Entra 租户
link-transfer = 将 Azure 订阅转移到其他 Microsoft Entra 目录

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = 浏览器中 Azure 注册页面的示意图。
illus-signup-address = account.azure.com/signup
illus-signup-heading = 注册 Azure
illus-signup-button = 开始
illus-sign-in-alt = 登录页面的示意图。
illus-email = you@contoso.com
illus-password-mask = ••••••••
illus-form-alt = 注册表单的示意图。
illus-form-heading = 关于你
illus-sign-in-heading = 登录
illus-form-button = 注册
illus-check-alt = Azure 门户“目录 + 订阅”页面的示意图，其中标出了当前目录。
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = 目录 + 订阅
illus-check-current = 当前目录
illus-check-all = 所有目录
illus-check-switch = 切换

## The diagram

diagram-heading = 详细了解 Azure 和 Microsoft 365 订阅
diagram-intro = Microsoft 365 和 Azure 都使用 Azure AD 服务来管理用户和订阅。Azure 目录就像一个容器，可以把用户和订阅归到一起。若要让 Azure 订阅和 Microsoft 365 订阅使用相同的用户帐户，请确保 Azure 订阅创建在 Microsoft 365 订阅所在的同一目录中。
diagram-hint = 选择一种情况，然后选择任意方框，了解它为什么在那里。
diagram-more = 有关详细信息，请参阅 { $link }。
scenarios-label = 场景
scenario-recommended = 同一帐户（推荐）
scenario-sprawl = 个人帐户
scenario-other = 其他组织的工作帐户
scenario-share = 共享订阅
node-directory = 目录：{ $name }
directory-contoso = Contoso
directory-personal = 个人
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure 订阅
sub-m365 = Microsoft 365 订阅
# $kind：directory、account 或 subscription；中文无需词形一致，只用 other。
new-badge = { $kind ->
   *[other] 新
}
figure-rule = 规则：订阅位于创建它的用户所在的目录中。
figure-unsure = 不确定自己属于哪种情况？此图显示的是你注册之前的状况。若要查看你的 Microsoft 365 帐户位于哪个目录，请打开 { $link }。
figure-you = 你
figure-you-accounts = { $count ->
    [1] 一个人，一个帐户
   *[other] 一个人，{ $count } 个帐户：每个目录中各一个
}
account-work = 你的 Microsoft 365 帐户
account-personal = 你的个人帐户
account-other = 你的 Fabrikam 帐户
note-admin = 管理员
in-contoso = 在 Contoso 目录中
in-personal = 在个人目录中
in-fabrikam = 在 Fabrikam 目录中
note-created = { $who ->
    [work] 由你用 Microsoft 365 帐户创建，归你所有
    [other] 由你用 Fabrikam 帐户创建，归你所有
   *[personal] 由你用个人帐户创建，归你所有
}
note-owned-by-directory = 归目录所有，由 { $managers } 管理
note-shared = { $names } 也有访问权限 (Azure RBAC)
name-in = { $name }，{ $where }
name-admin = { $name }，管理员
name-new = { $kind ->
   *[other] { $name }（新）
}
why-directory = { $kind ->
    [organization] 你所在组织的目录：你的 Microsoft 365 帐户、同事的帐户以及 Microsoft 365 订阅都在其中。
    [other] 另一个组织的目录，你的 Fabrikam 帐户就在其中。{ $other } 的用户都不在这个目录中，谁能加入由 Fabrikam 的管理员决定。
   *[personal] 你用个人帐户注册时专为该帐户创建的目录。{ $other } 的用户都不在这个目录中。
}
why-account = { $who ->
    [work] 此帐户{ $where }，因此用它创建的任何内容也会位于那里。
    [personal] 此帐户{ $where }，而不在 { $other } 目录中，因此用它创建的任何内容都会落在那里。
    [other] 此帐户属于另一个组织，它{ $where }，而不在 { $other } 目录中，因此用它创建的任何内容都会落在那里。
   *[admin] { $name } { $where }担任管理员，负责管理 Microsoft 365 订阅。
}
why-access = { $name } 还可以通过基于角色的访问控制来访问你的 Azure 订阅。{ $name } 已在同一目录中，因此不需要新帐户。
why-subscription = { $who ->
    [work] 你用 Microsoft 365 帐户创建了它，所以它也{ $where }，与 Microsoft 365 订阅在一起。
    [personal] 你用个人帐户创建了它，所以它{ $where }，与 { $other } 及其 Microsoft 365 订阅相互隔离。
    [other] 你用 Fabrikam 帐户创建了它，所以它{ $where }，也就是另一个组织的目录，与 { $other } 及其 Microsoft 365 订阅相互隔离。
   *[directory] 它归目录所有，由管理员 { $managers } 负责管理。
}

## The article's points about directories and subscriptions

rules-heading = 请记住以下要点：
rule-created-under = 订阅是在目录下创建的。
rule-users-belong = 用户属于目录。
rule-lands-in = 订阅会位于创建它的用户所在的目录中。因此，你的 Microsoft 365 订阅与 Azure 订阅关联到同一个帐户。
rule-azure-owned = Azure 订阅由目录中的各个用户所有。
rule-m365-owned = Microsoft 365 订阅由目录本身所有。在目录中拥有相应权限的用户可以管理这些订阅。

## Scenario scenes

scene-same-account = 使用你的 Microsoft 365 帐户时，Azure 订阅会位于 Contoso 中，与 Microsoft 365 订阅在一起，相同的用户帐户可同时用于两者。
scene-sprawl-result = 如果改用另一个帐户（个人帐户），Azure 订阅会落在该帐户自己的目录中。这样就有了两个目录，而 Contoso 的用户不在新目录中：这就是本文提醒要避免的帐户激增。
scene-other-result = 如果使用其他组织的工作帐户，Azure 订阅会落在该组织的目录 Fabrikam 中，而不是 Contoso 中。Contoso 的用户不在其中，而且你离开该组织后，可能会失去对该订阅的访问权限。
scene-access-shared = 你通过基于角色的访问控制向 Alex 授予对 Azure 订阅的访问权限。Alex 已在该目录中，因此不需要新帐户。了解如何{ $link }。

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = 你的订阅会位于哪里？
case-intro = 输入两个地址，或在下方进行选择。这是根据地址的域做出的预测，而不是实际查询：你输入的内容不会离开此页面，也不会被保存。
case-m365-label = 你用于 Microsoft 365 的地址
case-sign-up-label = 你将用于注册 Azure 的地址
case-choices-label = 或者选择你将用于注册的帐户
case-pick-same = 我的工作帐户，也就是我用于 Microsoft 365 的帐户
case-pick-other = 其他组织的工作帐户
case-pick-personal = 个人帐户（outlook.com、qq.com 或其他任何个人地址）
case-pick-unknown = 不确定
case-verdict-label = 预测：
# 根据两个输入地址得出的预测标签：只显示域（绝不显示 @ 之前的部分）。
case-verdict-read = 对 { $from } → { $to } 的预测：
case-verdict-likely = 很可能是同一个目录。租户的 onmicrosoft.com 域与同名的域，或者某个域与其子域，通常属于同一个组织。请先确认：登录 Azure 门户，在“目录 + 订阅”下查看。
case-verdict-same = 同一个目录。Azure 订阅会位于你所在组织的目录中，与你的 Microsoft 365 订阅在一起，相同的用户帐户可同时用于两者。
case-verdict-personal = 新目录。使用个人地址（outlook.com、qq.com、163.com 等）注册的是个人 Microsoft 帐户，该帐户有自己的目录；订阅会落在那里，与你的组织及其用户相互隔离：这就是帐户激增。请改用你的 Microsoft 365 帐户注册。
case-verdict-other = 可能是另一个目录。两个不同的工作域通常属于两个组织，订阅会落在用于注册的帐户所属组织的目录中。不过，一个组织可能拥有多个域：请在 Azure 门户的“目录 + 订阅”下确认，并使用应持有该订阅的组织的帐户注册。
case-verdict-unknown = 暂时无法判断。请先确认你的 Microsoft 365 帐户位于哪个目录：用该帐户登录 Azure 门户，在“目录 + 订阅”下查看。
case-unreadable = { $field ->
    [m365] Microsoft 365 地址看起来不像电子邮件地址。
   *[sign-up] 注册地址看起来不像电子邮件地址。
}
case-table-caption = 订阅会位于哪里
case-table-account = 如果注册时使用
case-table-lands = 订阅位于
case-table-do = 该怎么做
case-lands-same = 你所在组织的目录，与 Microsoft 365 在一起
case-lands-personal = 该帐户自己的新目录
case-lands-other = 另一个组织的目录
case-lands-unknown = 无法根据地址判断
case-do-same = 无需其他操作：相同的用户帐户可同时用于两者。
case-do-personal = 请改用你的 Microsoft 365 帐户注册。
case-do-other = 请使用应持有该订阅的组织的帐户注册。
case-do-unknown = 请先在门户的“目录 + 订阅”下确认。
