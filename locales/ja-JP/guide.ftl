# Azure サインアップ ガイド: ウィジェットに表示されるすべての文字列。
# 表記は Microsoft の日本語スタイルに従う: 半角英数字と日本語の間に半角スペース、
# 日本語どうしの間にはスペースなし、名前を文中で示すときは「」で囲む。

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

walkthrough-save-time = Microsoft 365 のユーザー名とパスワードで Azure にサインアップすれば、時間を節約でき、アカウントの乱立も防げます。
steps-nav-label = 手順
progress-label = 手順 { $current }/{ $total }
progress-optional = 省略可能な手順
step-optional-tag = 省略可能
step-done = (完了)
step-sign-up-title = サインアップする
step-sign-up-text = { $link } でサインアップします。
step-sign-in-title = サインインする
step-sign-in-text = Microsoft 365 のユーザー名とパスワードでサインインします。使用するアカウントに管理者のアクセス許可は必要ありません。
step-sign-in-several = 複数の Microsoft 365 アカウントをお持ちの場合は、Azure サブスクリプションに関連付ける Microsoft 365 アカウントの資格情報を使用します。
account-question = お持ちの Microsoft 365 アカウントはいくつですか？
account-one = 1 つ
account-several = 複数
account-answer-one = そのアカウントでサインインしてください。Azure サブスクリプションはそのアカウントに関連付けられます。
account-answer-several = Azure サブスクリプションを配置したいディレクトリに属するアカウントでサインインしてください。サブスクリプションは、それを作成したユーザーのディレクトリに配置されます。
step-finish-title = サインアップを完了する
step-finish-text = 必要な情報を入力して、サインアップ プロセスを完了します。既に Microsoft 365 アカウントをお持ちの場合は、一部の情報の入力が不要なことがあります。
step-add-people-title = 他のユーザーを追加する
step-add-people-text = 組織内の他のユーザーを Azure サブスクリプションに追加する必要がある場合は、「{ $link }」を参照してください。
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
link-rbac-assign = ロールベースのアクセス制御を使用して Azure サブスクリプションとリソースへのアクセスを管理します
link-rbac-use = ロールベースのアクセス制御を使用して Azure サブスクリプションとリソースへのアクセスを管理する
link-rbac-overview = Azure portal でのアクセス管理の概要
link-associate = Microsoft 365 テナントを Azure サブスクリプションに関連付ける
link-how-associated = Azure サブスクリプションが Azure Active Directory に関連付けられるしくみ
link-support = サポート リクエストを作成してください

## 記事のスクリーンショットの代わりの図

illus-signup-alt = ブラウザーに表示された Azure のサインアップ ページの図。
illus-signup-address = account.azure.com/signup
illus-signup-heading = Azure にサインアップ
illus-signup-button = 開始
illus-sign-in-alt = サインイン ページの図。
illus-email = you@contoso.com
illus-password = パスワード
illus-password-mask = ••••••••
illus-form-alt = サインアップ フォームの図。
illus-form-heading = お客様の情報
illus-form-country = 国/地域
illus-form-name = 名前
illus-form-phone = 電話番号
illus-form-agree = サブスクリプション契約に同意します

## 図

diagram-heading = Azure と Microsoft 365 のサブスクリプションの詳細
diagram-intro = Microsoft 365 と Azure は、Azure AD サービスを使用してユーザーとサブスクリプションを管理します。Azure ディレクトリは、ユーザーとサブスクリプションをグループ化できるコンテナーのようなものです。Azure サブスクリプションと Microsoft 365 サブスクリプションで同じユーザー アカウントを使用するには、Azure サブスクリプションが Microsoft 365 サブスクリプションと同じディレクトリに作成されるようにする必要があります。
diagram-label = ディレクトリ、ユーザー、サブスクリプションの図
diagram-hint = ボックスを選択すると説明が表示されます。クリックするか、Tab キーと方向キーで移動して Enter キーを押してください。
diagram-more = 詳細については、「{ $link }」を参照してください。
scenarios-label = シナリオ
scenario-recommended = 同じアカウント (推奨)
scenario-sprawl = 別のアカウント
scenario-share = サブスクリプションを共有する
scene-progress = シーン { $current }/{ $total }
button-scene-back = 前のシーン
button-scene-next = 次のシーン
node-directory = ディレクトリ: { $name }
directory-contoso = Contoso
directory-personal = 個人用
user-you = あなた
user-alex = Alex
user-you-personal = あなた (個人用アカウント)
user-you-list = あなた
user-you-personal-list = あなた (個人用アカウント)
node-user = ユーザー: { $name }
node-user-admin = ユーザー: { $name } (管理者)
sub-azure = Azure サブスクリプション
sub-m365 = Microsoft 365 サブスクリプション
edge-member-of = メンバー
edge-owns = 所有
edge-manages = 管理
edge-has-access = アクセス権 (RBAC)
new-badge = 新規
button-clear-selection = 選択を解除
rel-member-of = { $person ->
    [you] あなたは「{ $to }」ディレクトリのメンバーです。
   *[other] { $from } は「{ $to }」ディレクトリのメンバーです。
}
rel-owns = { $person ->
    [you] あなたは { $to }を所有しています。
   *[other] { $from } は { $to }を所有しています。
}
rel-directory-owns = 「{ $name }」ディレクトリは { $to }を所有しています。
ref-sub-azure = Azure サブスクリプション
ref-sub-m365 = Microsoft 365 サブスクリプション
rel-manages = { $person ->
    [you] あなたは { $to }を管理しています。
   *[other] { $from } は { $to }を管理しています。
}
rel-has-access = { $person ->
    [you] あなたはロールベースのアクセス制御によって { $to }にアクセスできます。
   *[other] { $from } はロールベースのアクセス制御によって { $to }にアクセスできます。
}

## ディレクトリとサブスクリプションに関する記事の要点

rules-heading = 次の点に留意してください:
rule-created-under = サブスクリプションはディレクトリの下に作成されます。
rule-users-belong = ユーザーはディレクトリに属します。
rule-lands-in = サブスクリプションは、それを作成したユーザーのディレクトリに配置されます。つまり、Microsoft 365 サブスクリプションは Azure サブスクリプションと同じアカウントに関連付けられます。
rule-azure-owned = Azure サブスクリプションは、ディレクトリ内の個々のユーザーが所有します。
rule-m365-owned = Microsoft 365 サブスクリプションは、ディレクトリ自体が所有します。ディレクトリ内で適切なアクセス許可を持つユーザーが、これらのサブスクリプションを管理できます。

## シナリオのシーン

scene-m365-exists = あなたの組織 Contoso には Microsoft 365 サブスクリプションがあります。このサブスクリプションはディレクトリが所有し、適切なアクセス許可を持つ Alex が管理しています。あなたは同じディレクトリのユーザーです。
scene-same-account = あなたは Microsoft 365 アカウントで Azure にサインアップします。Azure サブスクリプションは、あなたが属する「Contoso」ディレクトリに配置され、あなたがその所有者になります。同じユーザー アカウントを両方のサブスクリプションで使用できます。
scene-personal-account = 代わりに、別のアカウント (個人用アカウント) でサインアップします。このアカウントは Contoso ではなく、独自のディレクトリに属しています。
scene-sprawl-result = Azure サブスクリプションは個人用ディレクトリに配置されます。ディレクトリが 2 つになり、Contoso のユーザーは新しいディレクトリには存在しません。これが、この記事で注意を促しているアカウントの乱立です。
scene-azure-owned = あなたは、Alex と共有している「Contoso」ディレクトリに Azure サブスクリプションを所有しています。
scene-access-shared = あなたはロールベースのアクセス制御によって、Alex に Azure サブスクリプションへのアクセス権を付与します。Alex は既にこのディレクトリに属しているため、新しいアカウントは必要ありません。{ $link }方法を確認してください。

## 図のテキスト表示

textview-heading = 図のテキスト表示
textview-directories = ディレクトリ: { $count } 個
textview-users = { $count ->
    [0] ユーザーはいません。
   *[other] ユーザー { $count } 人: { $names }。
}
textview-owned-by-user = { $person ->
    [you] { $sub }: あなたが所有しています。
   *[other] { $sub }: { $owner } が所有しています。
}
textview-owned-by-directory = { $sub }: ディレクトリが所有し、{ $managers } が管理しています。
textview-owned-by-directory-unmanaged = { $sub }: ディレクトリが所有しています。
textview-shared = { $sub }は、ロールベースのアクセス制御によって { $names } も使用できます。
