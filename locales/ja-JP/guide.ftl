# Azure サインアップ ガイド: ウィジェットに表示されるすべての文字列。

## ウィジェット全体

widget-title = Microsoft 365 アカウントで Azure にサインアップする
language-label = 言語
language-name-sv-SE = Svenska
language-name-en-US = English
language-name-de-DE = Deutsch
language-name-fr-FR = Français
language-name-ja-JP = 日本語
language-name-ar-SA = العربية
new-tab = (新しいタブで開きます)
load-error = ガイドを読み込めませんでした。ページを再読み込みして、もう一度お試しください。
internal-error = ガイドでエラーが発生しました。ページを再読み込みして続けてください。進行状況は保存されています。
list-pair = { $first }と{ $second }
list-start = { $first }、{ $second }
list-middle = { $first }、{ $second }
list-end = { $first }、{ $second }

## 手順

walkthrough-heading = Microsoft 365 アカウントを使用して Azure サブスクリプションを取得する
walkthrough-intro = Microsoft 365 サブスクリプションをお持ちの場合は、Microsoft 365 アカウントを使用して Azure サブスクリプションを作成できます。仮想マシンを構成したり、その他の Azure サービスを使用したりするには、Azure サブスクリプションにサインアップする必要があります。
walkthrough-save-time = Microsoft 365 のユーザー名とパスワードで Azure にサインアップすると、時間を節約でき、アカウントが増えすぎるのを防げます。
steps-nav-label = 手順
progress-label = 手順 { $current }/{ $total }
progress-optional = 省略可能な手順
step-sign-up-title = サインアップ
step-sign-up-text = { $link } でサインアップします。
step-sign-in-title = サインイン
step-sign-in-text = Microsoft 365 のユーザー名とパスワードでサインインします。使用するアカウントに管理者のアクセス許可は必要ありません。
account-question = Microsoft 365 アカウントはいくつお持ちですか?
account-one = 1 つ
account-several = 複数
account-answer-one = そのアカウントでサインインしてください。Azure サブスクリプションはそのアカウントに関連付けられます。
account-answer-several = 複数の Microsoft 365 アカウントをお持ちの場合は、Azure サブスクリプションに関連付ける Microsoft 365 アカウントの資格情報を使用してください。
step-finish-title = サインアップを完了する
step-finish-text = 必要な情報を入力して、サインアップ プロセスを完了します。既に Microsoft 365 アカウントをお持ちの場合、一部の情報は不要な場合があります。
step-add-people-title = 他のユーザーを追加する
step-add-people-text = 組織内の他のユーザーを Azure サブスクリプションに追加する必要がある場合は、「{ $link }」を参照してください。
button-back = 戻る
button-next = 次へ
button-finish = 完了
button-restart = 最初からやり直す
done-heading = 完了しました
done-text = Azure サブスクリプションは Microsoft 365 サブスクリプションと同じディレクトリにあるため、同じユーザー アカウントを両方で使用できます。
portal-text = Microsoft 365 のユーザー名とパスワードで { $link } にサインインします。
next-steps-heading = 次のステップ
next-steps-rbac = Azure サブスクリプションを他のユーザーと共有し、{ $link }。
help-text = ご質問がある場合やサポートが必要な場合は、{ $link }。
already-both = Microsoft 365 アカウントと Azure サブスクリプションの両方を既にお持ちの場合は、{ $link }方法に関する記事をお読みください。
announce-step = 手順 { $current }/{ $total }: { $title }
announce-optional = 省略可能な手順: { $title }
announce-done = 完了しました。次のステップは以下のとおりです。

## リンクのテキスト

link-azure-com = Azure.com
link-portal = Azure ポータル
link-rbac-assign = ロールベースのアクセス制御を使用して、Azure サブスクリプションとリソースへのアクセスを管理します
link-rbac-use = ロールベースのアクセス制御を使用して Azure サブスクリプションとリソースへのアクセスを管理する
link-rbac-overview = Azure portal でのアクセス管理の概要
link-associate = Microsoft 365 テナントを Azure サブスクリプションに関連付ける
link-how-associated = Azure サブスクリプションを Azure Active Directory に関連付ける方法
link-support = サポート リクエストを作成してください

## 記事のスクリーンショットの代わりの図

illus-signup-alt = ブラウザーに表示された Azure のサインアップ ページの図。
illus-signup-heading = Azure にサインアップ
illus-signup-button = 開始
illus-sign-in-alt = サインイン ページの図。
illus-email = you@contoso.com
illus-password = パスワード
illus-form-alt = サインアップ フォームの図。
illus-form-heading = お客様の情報
illus-form-country = 国/地域
illus-form-name = 名前
illus-form-phone = 電話番号
illus-form-agree = サブスクリプション契約に同意します

## 図

diagram-heading = ディレクトリ、ユーザー、サブスクリプション
diagram-intro = Microsoft 365 と Azure は、Azure AD サービスを使用してユーザーとサブスクリプションを管理します。Azure ディレクトリは、ユーザーとサブスクリプションをグループ化できるコンテナーのようなものです。Azure サブスクリプションと Microsoft 365 サブスクリプションで同じユーザー アカウントを使用するには、Azure サブスクリプションを Microsoft 365 サブスクリプションと同じディレクトリに作成する必要があります。
diagram-label = ディレクトリ、ユーザー、サブスクリプションの図
diagram-hint = ボックスを選択すると説明が表示されます。クリックするか、Tab キーと方向キーで移動して Enter キーを押してください。
diagram-more = 詳しくは、「{ $link }」を参照してください。
scenarios-label = シナリオ
scenario-recommended = 同じアカウント (推奨)
scenario-sprawl = 別のアカウント
scenario-share = サブスクリプションを共有する
scenario-step = シーン { $current }/{ $total }
button-scene-back = 前のシーン
button-scene-next = 次のシーン
node-directory = ディレクトリ: { $name }
directory-contoso = Contoso
directory-personal = 個人用
user-you = あなた
user-alex = Alex
user-you-personal = あなた (個人アカウント)
user-you-list = あなた
node-user = ユーザー: { $name }
node-user-admin = ユーザー: { $name } (管理者)
sub-azure = Azure サブスクリプション
sub-m365 = Microsoft 365 サブスクリプション
edge-member-of = メンバー
edge-owns = 所有
edge-manages = 管理
edge-has-access = アクセス権 (RBAC)
new-badge = 新規
button-clear-selection = 選択を解除
rel-member-of = { $person ->
    [you] あなたはディレクトリ { $to } のメンバーです。
   *[other] { $from } はディレクトリ { $to } のメンバーです。
}
rel-owns = { $person ->
    [you] あなたは{ $to }を所有しています。
   *[other] { $from } は{ $to }を所有しています。
}
rel-directory-owns = ディレクトリ { $name } は{ $to }を所有しています。
ref-sub-azure = Azure サブスクリプション
ref-sub-m365 = Microsoft 365 サブスクリプション
rel-manages = { $person ->
    [you] あなたは{ $to }を管理しています。
   *[other] { $from } は{ $to }を管理しています。
}
rel-has-access = { $person ->
    [you] あなたはロールベースのアクセス制御によって{ $to }にアクセスできます。
   *[other] { $from } はロールベースのアクセス制御によって{ $to }にアクセスできます。
}

## ディレクトリとサブスクリプションに関する記事の要点

rules-heading = 次の点に留意してください
rule-created-under = サブスクリプションはディレクトリの下に作成されます。
rule-users-belong = ユーザーはディレクトリに属します。
rule-lands-in = サブスクリプションは、それを作成したユーザーのディレクトリに配置されます。つまり、Microsoft 365 サブスクリプションは Azure サブスクリプションと同じアカウントに関連付けられます。
rule-azure-owned = Azure サブスクリプションは、ディレクトリ内の個々のユーザーが所有します。
rule-m365-owned = Microsoft 365 サブスクリプションは、ディレクトリ自体が所有します。ディレクトリ内で適切なアクセス許可を持つユーザーが、これらのサブスクリプションを管理できます。

## シナリオのシーン

beat-m365-exists = あなたの組織 Contoso には Microsoft 365 サブスクリプションがあります。ディレクトリがそれを所有し、適切なアクセス許可を持つ Alex が管理しています。あなたは同じディレクトリのユーザーです。
beat-same-account = あなたは Microsoft 365 アカウントで Azure にサインアップします。Azure サブスクリプションはあなたが属するディレクトリ Contoso に配置され、あなたが所有者になります。同じユーザー アカウントを両方のサブスクリプションで使用できます。
beat-personal-account = 今度は、別のアカウント (個人アカウント) でサインアップします。そのアカウントは Contoso ではなく、独自のディレクトリに属しています。
beat-sprawl-result = Azure サブスクリプションは個人用ディレクトリに配置されます。ディレクトリが 2 つになり、Contoso のユーザーは新しいディレクトリにいません。これが、記事で注意しているアカウントの増加です。
beat-azure-owned = あなたは、Alex と共有しているディレクトリ Contoso で Azure サブスクリプションを所有しています。
beat-access-shared = あなたはロールベースのアクセス制御によって、Alex に Azure サブスクリプションへのアクセス権を付与します。Alex は既にディレクトリにいるため、新しいアカウントは必要ありません。{ $link }方法をご覧ください。

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
textview-shared = { $sub } は、ロールベースのアクセス制御によって { $names } も使用できます。
