# Azure サインアップ ガイド: ウィジェットに表示されるすべての文字列。
# 表記は Microsoft の日本語スタイルに従う: 半角英数字と日本語の間に半角スペース、
# 日本語どうしの間にはスペースなし、名前を文中で示すときは「」、ポータルの UI 名は [ ] で囲む。

## ウィジェット全体

widget-title = Microsoft 365 アカウントで Azure サブスクリプションにサインアップする
article-date = この記事は 2020 年 8 月 20 日に更新されました。
entra-note = Azure Active Directory (Azure AD) は Microsoft Entra ID に名称が変更されました。
language-label = 言語
language-name = 日本語
new-tab = (新しいタブで開きます)
load-error = ガイドを読み込めませんでした。ページを再読み込みして、もう一度お試しください。
internal-error = ガイドでエラーが発生しました。ページを再読み込みして続けてください。進行状況は保存されています。
list-pair = { $first }、{ $second }
list-start = { $first }、{ $second }
list-middle = { $first }、{ $second }
list-end = { $first }、{ $second }

## 手順

walkthrough-heading = Microsoft 365 アカウントを使用して Azure サブスクリプションを取得する
intro-m365 = Microsoft 365 サブスクリプションをお持ちの場合は、Microsoft 365 アカウントを使用して Azure サブスクリプションを作成できます。
intro-sign-up = 仮想マシンを設定したり、その他の Azure サービスを使用したりするには、Azure サブスクリプションにサインアップする必要があります。
intro-share = Azure サブスクリプションを他のユーザーと共有し、{ $link }ことができます。

walkthrough-save-time = Microsoft 365 のユーザー名とパスワードで Azure にサインアップすれば、時間を節約でき、アカウントの増加も防げます。
steps-nav-label = 手順
progress-label = 手順 { $current }/{ $total }
progress-optional = 省略可能な手順
# 手順一覧で省略可能な手順名の前に置くラベル。
steps-optional = 省略可能:
# スクリーン リーダー向けに省略可能な手順名の後に読み上げる語。
step-optional-note = (省略可能)
step-done = (完了)
step-sign-up-title = サインアップする
step-sign-up-text = { $link } でサインアップします。
step-sign-in-title = サインインする
step-sign-in-text = Microsoft 365 のユーザー名とパスワードでサインインします。使用するアカウントに管理者のアクセス許可は必要ありません。
step-sign-in-several = 複数の Microsoft 365 アカウントをお持ちの場合は、Azure サブスクリプションに関連付ける Microsoft 365 アカウントの資格情報を使用します。
step-finish-title = サインアップを完了する
step-finish-text = 必要な情報を入力して、サインアップ プロセスを完了します。既に Microsoft 365 アカウントをお持ちの場合は、一部の情報の入力が不要なことがあります。
step-add-people-title = 他のユーザーを追加する
step-add-people-text = 組織内の他のユーザーを Azure サブスクリプションに追加する必要がある場合は、「{ $link }」を参照してください。
step-check-title = ポータルで確認する
step-check-tag = ガイドの補足
step-check-note = この手順は記事には含まれていません。サブスクリプションがどこに配置されたかを確認するための、このガイド独自の補足です。
step-check-directory = サインインしているディレクトリを確認したり、別のディレクトリに切り替えたりするには、{ $link } を開きます。
step-check-subscriptions = サブスクリプションを見つけるには、{ $link } を開きます。
step-check-wrong = サブスクリプションが間違ったディレクトリに配置された場合は、「{ $link }」を参照してください。
step-check-transfer = サブスクリプションを別のディレクトリに移動するには、「{ $link }」を参照してください。
button-back = 戻る
button-next = 次へ
button-finish = 完了
button-restart = 最初からやり直す
done-heading = 完了しました
done-text = Microsoft 365 アカウントでサインアップした場合、Azure サブスクリプションは Microsoft 365 サブスクリプションと同じディレクトリにあるため、同じユーザー アカウントを両方で使用できます。
done-portal = Azure portal を開く
portal-text = Microsoft 365 のユーザー名とパスワードで { $link } にサインインします。
next-steps-heading = 次のステップ
next-steps-rbac = Azure サブスクリプションを他のユーザーと共有し、{ $link }。
help-heading = お困りの際は、お問い合わせください。
help-text = ご質問がある場合やサポートが必要な場合は、{ $link }。
already-both = Microsoft 365 アカウントと Azure サブスクリプションの両方を既にお持ちの場合は、{ $link }方法に関する記事を参照してください。
announce-step = 手順 { $current }/{ $total }: { $title }
announce-optional = 省略可能な手順: { $title }
announce-done = 完了しました。

## リンクのテキスト

link-azure-com = Azure.com
link-portal = Azure portal
link-rbac-assign = Azure ロールベースのアクセス制御 (Azure RBAC) を使用して Azure サブスクリプションとリソースへのアクセスを管理します
link-rbac-use = Azure ロールベースのアクセス制御 (Azure RBAC) を使用して Azure サブスクリプションとリソースへのアクセスを管理する
link-rbac-overview = Azure portal でのアクセス管理の開始
link-associate = Microsoft 365 テナントを Azure サブスクリプションに関連付ける
link-how-associated = Azure サブスクリプションを Azure Active Directory に関連付ける方法
link-support = サポート リクエストを作成してください
link-portal-directories = Azure portal の [ディレクトリ + サブスクリプション]
link-portal-subscriptions = Azure portal の [サブスクリプション]
link-associate-entra = Azure サブスクリプションを Microsoft Entra テナントに関連付けるまたは追加する
link-transfer = Azure サブスクリプションを別の Microsoft Entra ディレクトリに移転する

## 記事のスクリーンショットの代わりの図

illus-signup-alt = ブラウザーに表示された Azure のサインアップ ページの図。
illus-signup-address = account.azure.com/signup
illus-signup-heading = Azure にサインアップ
illus-signup-button = 開始
illus-sign-in-alt = サインイン ページの図。
illus-email = you@contoso.com
illus-password-mask = ••••••••
illus-form-alt = サインアップ フォームの図。
illus-form-heading = お客様の情報
illus-sign-in-heading = サインイン
illus-form-button = サインアップ
illus-check-alt = Azure portal の [ディレクトリ + サブスクリプション] ページの図。現在のディレクトリが強調表示されています。
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = ディレクトリ + サブスクリプション
illus-check-current = 現在のディレクトリ
illus-check-all = すべてのディレクトリ
illus-check-switch = 切り替え

## 図

diagram-heading = Azure と Microsoft 365 のサブスクリプションの詳細
diagram-intro = Microsoft 365 と Azure は、Azure AD サービスを使用してユーザーとサブスクリプションを管理します。Azure ディレクトリは、ユーザーとサブスクリプションをグループ化できるコンテナーのようなものです。Azure サブスクリプションと Microsoft 365 サブスクリプションで同じユーザー アカウントを使用するには、Azure サブスクリプションが Microsoft 365 サブスクリプションと同じディレクトリに作成されるようにする必要があります。
diagram-hint = シナリオを選択してから任意のボックスを選択すると、そのボックスがそこにある理由が表示されます。
diagram-more = 詳細については、「{ $link }」を参照してください。
scenarios-label = シナリオ
scenario-recommended = 同じアカウント (推奨)
scenario-sprawl = 個人用アカウント
scenario-other = 他の組織の職場アカウント
scenario-share = サブスクリプションを共有する
node-directory = ディレクトリ: { $name }
directory-contoso = Contoso
directory-personal = 個人用
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure サブスクリプション
sub-m365 = Microsoft 365 サブスクリプション
new-badge = { $kind ->
   *[other] 新規
}
figure-rule = ルール: サブスクリプションは、それを作成したユーザーのディレクトリに配置されます。
figure-unsure = どのシナリオに当てはまるかわからない場合、図にはサインアップ前の状態が表示されます。Microsoft 365 アカウントがどのディレクトリにあるかは、{ $link } で確認できます。
figure-you = ご自身
figure-you-accounts = { $count ->
    [1] 1 人、アカウントは 1 つ
   *[other] 1 人、アカウントは { $count } つ (ディレクトリごとに 1 つ)
}
account-work = ご自身の Microsoft 365 アカウント
account-personal = ご自身の個人用アカウント
account-other = ご自身の Fabrikam アカウント
note-admin = 管理者
in-contoso = 「Contoso」ディレクトリ
in-personal = 「個人用」ディレクトリ
in-fabrikam = 「Fabrikam」ディレクトリ
note-created = { $who ->
    [work] ご自身の Microsoft 365 アカウントで作成し、所有しています
    [other] ご自身の Fabrikam アカウントで作成し、所有しています
   *[personal] ご自身の個人用アカウントで作成し、所有しています
}
note-owned-by-directory = ディレクトリが所有し、{ $managers } が管理しています
note-shared = { $names } もアクセスできます (Azure RBAC)
name-in = { $name }、{ $where }内
name-admin = { $name }、管理者
name-new = { $kind ->
   *[other] { $name }、新規
}
why-directory = { $kind ->
    [organization] 所属している組織のディレクトリです。ご自身の Microsoft 365 アカウント、同僚のアカウント、Microsoft 365 サブスクリプションはすべてこのディレクトリにあります。
    [other] 他の組織のディレクトリです。ご自身の Fabrikam アカウントはこのディレクトリにあります。「{ $other }」ディレクトリのユーザーは 1 人も含まれておらず、このディレクトリに誰を含めるかは Fabrikam の管理者が決定します。
   *[personal] 個人用アカウントでサインアップしたときに作成された、そのアカウント専用のディレクトリです。「{ $other }」ディレクトリのユーザーは 1 人も含まれていません。
}
why-account = { $who ->
    [work] このアカウントは{ $where }にあるため、このアカウントで作成したものも同じディレクトリに配置されます。
    [personal] このアカウントは「{ $other }」ディレクトリではなく{ $where }にあるため、このアカウントで作成したものはそのディレクトリに配置されます。
    [other] このアカウントは他の組織に属しており、「{ $other }」ディレクトリではなく{ $where }にあるため、このアカウントで作成したものはそのディレクトリに配置されます。
   *[admin] { $name } は{ $where }の管理者で、Microsoft 365 サブスクリプションを管理しています。
}
why-access = { $name } も、ロールベースのアクセス制御によって、お使いの Azure サブスクリプションにアクセスできます。{ $name } は既に同じディレクトリに属しているため、新しいアカウントは必要ありません。
why-subscription = { $who ->
    [work] ご自身の Microsoft 365 アカウントで作成したため、Microsoft 365 サブスクリプションと同じ{ $where }に配置されました。
    [personal] ご自身の個人用アカウントで作成したため、{ $where }に配置されました。「{ $other }」ディレクトリとその Microsoft 365 サブスクリプションからは切り離されています。
    [other] ご自身の Fabrikam アカウントで作成したため、他の組織のディレクトリである{ $where }に配置されました。「{ $other }」ディレクトリとその Microsoft 365 サブスクリプションからは切り離されています。
   *[directory] このサブスクリプションはディレクトリが所有し、管理者の { $managers } が管理しています。
}

## ディレクトリとサブスクリプションに関する記事の要点

rules-heading = 以下の点に注意してください。
rule-created-under = サブスクリプションはディレクトリ内に作成されます。
rule-users-belong = ユーザーはディレクトリに属します。
rule-lands-in = サブスクリプションは、それを作成したユーザーのディレクトリに配置されます。つまり、Microsoft 365 サブスクリプションは Azure サブスクリプションと同じアカウントに関連付けられます。
rule-azure-owned = Azure サブスクリプションは、ディレクトリ内の個々のユーザーが所有します。
rule-m365-owned = Microsoft 365 サブスクリプションは、ディレクトリ自体が所有します。ディレクトリ内で適切なアクセス許可を持つユーザーが、これらのサブスクリプションを管理できます。

## シナリオのシーン

scene-same-account = Microsoft 365 アカウントを使用すると、Azure サブスクリプションは Microsoft 365 サブスクリプションと同じ「Contoso」ディレクトリに配置され、同じユーザー アカウントを両方で使用できます。
scene-sprawl-result = 別のアカウント (個人用アカウント) を使用すると、Azure サブスクリプションはそのアカウント専用のディレクトリに配置されます。その結果、ディレクトリが 2 つになり、「Contoso」ディレクトリのユーザーは新しいディレクトリには含まれません。これが、記事で注意を促しているアカウントの増加です。
scene-other-result = 他の組織の職場アカウントを使用すると、Azure サブスクリプションは「Contoso」ディレクトリではなく、その組織のディレクトリである「Fabrikam」ディレクトリに配置されます。「Contoso」ディレクトリのユーザーはこのディレクトリには含まれません。また、その組織を離れると、このサブスクリプションにアクセスできなくなる可能性があります。
scene-access-shared = ロールベースのアクセス制御を使用して、Alex に Azure サブスクリプションへのアクセス権を付与します。Alex は既にこのディレクトリに属しているため、新しいアカウントは必要ありません。{ $link }方法を確認してください。

## ご自身のケース: 手順 2 と図に表示されるガイド独自の補足 (記事の本文ではありません)

case-heading = サブスクリプションはどこに配置されますか?
case-intro = 2 つのアドレスを入力するか、下の選択肢から選んでください。これはアドレスのドメインに基づく予測であり、実際のディレクトリを照会するものではありません。入力した内容がこのページの外に送信されることはなく、保存もされません。
case-m365-label = Microsoft 365 で使用しているアドレス
case-sign-up-label = Azure へのサインアップに使用するアドレス
case-choices-label = または、サインアップに使用するアカウントを選択してください
case-pick-same = 自分の職場アカウント (Microsoft 365 で使用しているもの)
case-pick-other = 他の組織の職場アカウント
case-pick-personal = 個人用アカウント (outlook.com、gmail.com などの個人用アドレス)
case-pick-unknown = わからない
case-verdict-label = 予測:
case-verdict-read = { $from } → { $to } の予測:
case-verdict-likely = 同じディレクトリである可能性が非常に高いです。テナントの onmicrosoft.com ドメインと同じ名前のドメイン、またはドメインとそのサブドメインは、通常同じ組織のものです。まず確認してください。Azure portal にサインインし、[ディレクトリ + サブスクリプション] を開くと確認できます。
case-verdict-same = 同じディレクトリです。Azure サブスクリプションは、Microsoft 365 サブスクリプションと同じ組織のディレクトリに配置され、同じユーザー アカウントを両方で使用できます。
case-verdict-personal = 新しいディレクトリです。個人用アドレス (outlook.com、gmail.com、yahoo.co.jp など) でサインアップすると個人用 Microsoft アカウントになり、そのアカウント専用のディレクトリが作成されます。サブスクリプションは組織やそのユーザーから切り離されてそこに配置されます。これがアカウントの増加です。代わりに Microsoft 365 アカウントでサインアップしてください。
case-verdict-other = 別のディレクトリである可能性が高いです。異なる職場のドメインは通常別々の組織のもので、サブスクリプションはサインアップに使用したアカウントの組織のディレクトリに配置されます。ただし、1 つの組織が複数のドメインを持つこともあります。Azure portal の [ディレクトリ + サブスクリプション] で確認し、サブスクリプションを保持すべき組織のアカウントでサインアップしてください。
case-verdict-unknown = この情報からは判断できません。まず、Microsoft 365 アカウントがどのディレクトリにあるかを確認してください。そのアカウントで Azure portal にサインインし、[ディレクトリ + サブスクリプション] で確認できます。
case-unreadable = { $field ->
    [m365] Microsoft 365 のアドレスがメール アドレスの形式ではないようです。
   *[sign-up] サインアップ用のアドレスがメール アドレスの形式ではないようです。
}
case-table-caption = サブスクリプションの配置先
case-table-account = サインアップに使用するアカウント
case-table-lands = 配置先
case-table-do = 対処方法
case-lands-same = 組織のディレクトリ (Microsoft 365 と同じ)
case-lands-personal = そのアカウント専用の新しいディレクトリ
case-lands-other = 他の組織のディレクトリ
case-lands-unknown = アドレスからは判断できません
case-do-same = 必要な操作はありません。同じユーザー アカウントを両方で使用できます。
case-do-personal = 代わりに Microsoft 365 アカウントでサインアップしてください。
case-do-other = サブスクリプションを保持すべき組織のアカウントでサインアップしてください。
case-do-unknown = まず、ポータルの [ディレクトリ + サブスクリプション] で確認してください。
