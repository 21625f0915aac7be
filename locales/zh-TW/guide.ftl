# Azure 註冊指南：小工具顯示的所有文字（繁體中文，台灣）。
# 術語依照 Microsoft 繁體中文文件：目錄、訂用帳戶、租用戶、註冊、Azure 入口網站、帳戶、系統管理員。
# 中文與英文、數字之間加半形空格；標點使用全形；介面名稱以 [ ] 標示。
# 變數：$link 為連結文字的位置；$name、$from、$to 為標籤；$current、$total、$count 為數字。

## The widget as a whole

widget-title = 使用 Microsoft 365 帳戶註冊 Azure 訂用帳戶
article-date = 本文更新於 2020 年 8 月 20 日。
entra-note = Azure Active Directory (Azure AD) 現已更名為 Microsoft Entra ID。
language-label = 語言
# 語言選單中顯示的本語言名稱。
language-name = 中文（繁體）
new-tab = （在新索引標籤中開啟）
load-error = 無法載入本指南。請重新載入頁面，然後再試一次。
internal-error = 指南發生問題。請重新載入頁面以繼續，您的進度已儲存。
list-pair = { $first } 和 { $second }
list-start = { $first }、{ $second }
list-middle = { $first }、{ $second }
list-end = { $first } 和 { $second }

## The walkthrough

walkthrough-heading = 透過 Microsoft 365 帳戶取得 Azure 訂用帳戶
intro-m365 = 如果您有 Microsoft 365 訂用帳戶，就能用自己的 Microsoft 365 帳戶來建立 Azure 訂用帳戶。
intro-sign-up = 若要設定虛擬機器或使用其他 Azure 服務，您必須先註冊 Azure 訂用帳戶。
intro-share = 您可以與他人共用 Azure 訂用帳戶，並{ $link }。

walkthrough-save-time = 使用 Microsoft 365 使用者名稱和密碼註冊 Azure，不但能節省時間，也能避免帳戶數目不斷增加。
steps-nav-label = 步驟
progress-label = 第 { $current } 步，共 { $total } 步
progress-optional = 選擇性步驟
# 步驟清單中選擇性步驟名稱前的標籤（「選擇性：新增其他人 · 在入口網站中確認」）。
steps-optional = 選擇性：
# 螢幕助讀程式在選擇性步驟名稱後讀出。
step-optional-note = （選擇性）
step-done = （已完成）
step-sign-up-title = 註冊
step-sign-up-text = 前往 { $link } 註冊。
step-sign-in-title = 登入
step-sign-in-text = 使用您的 Microsoft 365 使用者名稱和密碼登入。所用的帳戶不需要具備系統管理員權限。
step-sign-in-several = 如果您有多個 Microsoft 365 帳戶，請使用要與 Azure 訂用帳戶建立關聯的那個 Microsoft 365 帳戶的認證。
step-finish-title = 完成註冊
step-finish-text = 輸入必要資訊，完成註冊程序。如果您已有 Microsoft 365 帳戶，部分資訊可能不需要填寫。
step-add-people-title = 新增其他人
step-add-people-text = 如果您需要將組織中的其他人新增至該 Azure 訂用帳戶，請參閱{ $link }。
step-check-title = 在入口網站中確認
step-check-tag = 指南補充說明
step-check-note = 本步驟不在原文中：這是本指南額外提供的說明，協助您確認訂用帳戶位於哪個目錄。
step-check-directory = 開啟 { $link }，查看您目前登入的是哪個目錄，並可切換到其他目錄。
step-check-subscriptions = 開啟 { $link }，找到您的訂用帳戶。
step-check-wrong = 如果訂用帳戶落在錯誤的目錄中，請參閱{ $link }。
step-check-transfer = 若要將訂用帳戶移至其他目錄，請參閱{ $link }。
button-back = 上一步
button-next = 下一步
button-finish = 完成
button-restart = 重新開始
done-heading = 全部完成
done-text = 如果您是用 Microsoft 365 帳戶註冊的，Azure 訂用帳戶就會和 Microsoft 365 訂用帳戶位於同一個目錄中，因此相同的使用者帳戶可同時用於兩者。
done-portal = 開啟 Azure 入口網站
portal-text = 使用您的 Microsoft 365 使用者名稱和密碼登入 { $link }。
next-steps-heading = 後續步驟
next-steps-rbac = 與他人共用您的 Azure 訂用帳戶，並{ $link }。
help-heading = 需要協助嗎？請與我們連絡。
help-text = 如果您有任何問題或需要協助，請{ $link }。
already-both = 如果您已同時擁有 Microsoft 365 帳戶和 Azure 訂用帳戶，請參閱說明如何{ $link }的文章。
announce-step = 第 { $current } 步，共 { $total } 步：{ $title }
announce-optional = 選擇性步驟：{ $title }
announce-done = 全部完成。

## Link texts

link-azure-com = Azure.com
link-portal = Azure 入口網站
link-rbac-assign = 使用角色型存取控制來管理 Azure 訂用帳戶和資源的存取權
link-rbac-use = 使用角色型存取控制來管理 Azure 訂用帳戶和資源的存取權
link-rbac-overview = 開始在 Azure 入口網站中進行存取管理
link-associate = 將 Microsoft 365 租用戶關聯至 Azure 訂用帳戶
link-how-associated = Azure 訂用帳戶如何與 Azure Active Directory 產生關聯
link-support = 建立支援要求
link-portal-directories = Azure 入口網站中的 [目錄 + 訂用帳戶]
link-portal-subscriptions = Azure 入口網站中的 [訂用帳戶]
link-associate-entra = 將 Azure 訂用帳戶關聯或新增至您的 Microsoft Entra 租用戶
link-transfer = 將 Azure 訂用帳戶移轉至不同的 Microsoft Entra 目錄

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = 瀏覽器中 Azure 註冊頁面的示意圖。
illus-signup-address = account.azure.com/signup
illus-signup-heading = 註冊 Azure
illus-signup-button = 開始
illus-sign-in-alt = 登入頁面的示意圖。
illus-email = you@contoso.com
illus-password-mask = ••••••••
illus-form-alt = 註冊表單的示意圖。
illus-form-heading = 關於您
illus-sign-in-heading = 登入
illus-form-button = 註冊
illus-check-alt = Azure 入口網站 [目錄 + 訂用帳戶] 頁面的示意圖，其中標示出目前的目錄。
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = 目錄 + 訂用帳戶
illus-check-current = 目前的目錄
illus-check-all = 所有目錄
illus-check-switch = 切換

## The diagram

diagram-heading = 深入了解 Azure 和 Microsoft 365 訂用帳戶
diagram-intro = Microsoft 365 和 Azure 都使用 Azure AD 服務來管理使用者和訂用帳戶。Azure 目錄就像一個容器，可讓您將使用者和訂用帳戶歸為一組。若要讓 Azure 和 Microsoft 365 訂用帳戶使用相同的使用者帳戶，請確保 Azure 訂用帳戶建立在 Microsoft 365 訂用帳戶所在的同一個目錄中。
diagram-hint = 選擇一種情況，然後選取任一方塊，了解它為何出現在那裡。
diagram-more = 如需詳細資訊，請參閱 { $link }。
scenarios-label = 案例
scenario-recommended = 相同帳戶（建議）
scenario-sprawl = 個人帳戶
scenario-other = 其他組織的公司帳戶
scenario-share = 共用訂用帳戶
node-directory = 目錄：{ $name }
directory-contoso = Contoso
directory-personal = 個人
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure 訂用帳戶
sub-m365 = Microsoft 365 訂用帳戶
# $kind：directory、account 或 subscription；中文不需要詞形一致，只用 other。
new-badge = { $kind ->
   *[other] 新
}
figure-rule = 規則：訂用帳戶會落在建立它的使用者所屬的目錄中。
figure-unsure = 不確定自己屬於哪種情況？此圖顯示的是您註冊之前的狀況。若要查看您的 Microsoft 365 帳戶位於哪個目錄，請開啟 { $link }。
figure-you = 您
figure-you-accounts = { $count ->
    [1] 一個人，一個帳戶
   *[other] 一個人，{ $count } 個帳戶：每個目錄各一個
}
account-work = 您的 Microsoft 365 帳戶
account-personal = 您的個人帳戶
account-other = 您的 Fabrikam 帳戶
note-admin = 系統管理員
in-contoso = 在 Contoso 目錄中
in-personal = 在個人目錄中
in-fabrikam = 在 Fabrikam 目錄中
note-created = { $who ->
    [work] 由您使用 Microsoft 365 帳戶建立，歸您所有
    [other] 由您使用 Fabrikam 帳戶建立，歸您所有
   *[personal] 由您使用個人帳戶建立，歸您所有
}
note-owned-by-directory = 歸目錄所有，由 { $managers } 管理
note-shared = { $names } 也有存取權 (Azure RBAC)
name-in = { $name }，{ $where }
name-admin = { $name }，系統管理員
name-new = { $kind ->
   *[other] { $name }（新）
}
why-directory = { $kind ->
    [organization] 您組織的目錄：您的 Microsoft 365 帳戶、同事的帳戶和 Microsoft 365 訂用帳戶都在其中。
    [other] 另一個組織的目錄，您的 Fabrikam 帳戶就在其中。{ $other } 的使用者都不在這個目錄中，由 Fabrikam 的系統管理員決定誰能加入。
   *[personal] 您使用個人帳戶註冊時，專為該帳戶建立的目錄。{ $other } 的使用者都不在這個目錄中。
}
why-account = { $who ->
    [work] 此帳戶{ $where }，因此您用它建立的任何項目也會落在那裡。
    [personal] 此帳戶{ $where }，而不在 { $other } 目錄中，因此您用它建立的任何項目都會落在那裡。
    [other] 此帳戶屬於另一個組織，它{ $where }，而不在 { $other } 目錄中，因此您用它建立的任何項目都會落在那裡。
   *[admin] { $name } { $where }擔任系統管理員，負責管理 Microsoft 365 訂用帳戶。
}
why-access = { $name } 也能透過角色型存取控制來存取您的 Azure 訂用帳戶。{ $name } 已在同一個目錄中，因此不需要新帳戶。
why-subscription = { $who ->
    [work] 您使用 Microsoft 365 帳戶建立了它，所以它也{ $where }，與 Microsoft 365 訂用帳戶放在一起。
    [personal] 您使用個人帳戶建立了它，所以它{ $where }，與 { $other } 及其 Microsoft 365 訂用帳戶分隔開來。
    [other] 您使用 Fabrikam 帳戶建立了它，所以它{ $where }，也就是另一個組織的目錄，與 { $other } 及其 Microsoft 365 訂用帳戶分隔開來。
   *[directory] 它歸目錄所有，由系統管理員 { $managers } 負責管理。
}

## The article's points about directories and subscriptions

rules-heading = 請記住下列要點：
rule-created-under = 訂用帳戶是在目錄之下建立的。
rule-users-belong = 使用者屬於目錄。
rule-lands-in = 訂用帳戶會落在建立它的使用者所屬的目錄中。因此，您的 Microsoft 365 訂用帳戶會與 Azure 訂用帳戶繫結至同一個帳戶。
rule-azure-owned = Azure 訂用帳戶由目錄中的個別使用者擁有。
rule-m365-owned = Microsoft 365 訂用帳戶由目錄本身擁有。在目錄中具備適當權限的使用者可以管理這些訂用帳戶。

## Scenario scenes

scene-same-account = 使用您的 Microsoft 365 帳戶時，Azure 訂用帳戶會落在 Contoso 中，與 Microsoft 365 訂用帳戶放在一起，相同的使用者帳戶可同時用於兩者。
scene-sprawl-result = 如果改用另一個帳戶（個人帳戶），Azure 訂用帳戶會落在該帳戶自己的目錄中。這樣就有兩個目錄，而 Contoso 的使用者不在新目錄中：這正是本文提醒要避免的「帳戶數目不斷增加」。
scene-other-result = 如果使用其他組織的公司帳戶，Azure 訂用帳戶會落在該組織的目錄 Fabrikam 中，而不是 Contoso 中。Contoso 的使用者不在其中，而且您離開該組織後，可能會失去該訂用帳戶的存取權。
scene-access-shared = 您透過角色型存取控制授予 Alex 對 Azure 訂用帳戶的存取權。Alex 已在該目錄中，因此不需要新帳戶。了解如何{ $link }。

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = 您的訂用帳戶會落在哪裡？
case-intro = 輸入兩個地址，或在下方選擇。這是根據地址的網域所做的預測，而不是實際查詢：您輸入的內容絕不會離開此頁面，也不會儲存。
case-m365-label = 您用於 Microsoft 365 的地址
case-sign-up-label = 您將用來註冊 Azure 的地址
case-choices-label = 或選擇您將用來註冊的帳戶
case-pick-same = 我的公司帳戶，也就是我用於 Microsoft 365 的帳戶
case-pick-other = 其他組織的公司帳戶
case-pick-personal = 個人帳戶（outlook.com、gmail.com 或任何其他個人地址）
case-pick-unknown = 不確定
case-verdict-label = 預測：
# 根據兩個輸入地址得出的預測標籤：只顯示網域（絕不顯示 @ 之前的部分）。
case-verdict-read = { $from } → { $to } 的預測：
case-verdict-likely = 很可能是同一個目錄。租用戶的 onmicrosoft.com 網域與同名的網域，或某個網域與其子網域，通常屬於同一個組織。請先確認：登入 Azure 入口網站，然後查看 [目錄 + 訂用帳戶]。
case-verdict-same = 同一個目錄。Azure 訂用帳戶會落在您組織的目錄中，與您的 Microsoft 365 訂用帳戶放在一起，相同的使用者帳戶可同時用於兩者。
case-verdict-personal = 新的目錄。使用個人地址（outlook.com、gmail.com、yahoo.com.tw 等）註冊的是個人 Microsoft 帳戶，該帳戶會有自己的目錄；訂用帳戶會落在那裡，與您的組織及其使用者分隔開來：這就是「帳戶數目不斷增加」。請改用您的 Microsoft 365 帳戶註冊。
case-verdict-other = 可能是另一個目錄。兩個不同的公司網域通常屬於兩個組織，訂用帳戶會落在用來註冊之帳戶所屬組織的目錄中。不過，一個組織可能有多個網域：請在 Azure 入口網站的 [目錄 + 訂用帳戶] 下確認，並使用應擁有該訂用帳戶之組織的帳戶註冊。
case-verdict-unknown = 目前還無法判斷。請先確認您的 Microsoft 365 帳戶位於哪個目錄：使用該帳戶登入 Azure 入口網站，然後查看 [目錄 + 訂用帳戶]。
case-unreadable = { $field ->
    [m365] Microsoft 365 地址看起來不像電子郵件地址。
   *[sign-up] 註冊地址看起來不像電子郵件地址。
}
case-table-caption = 訂用帳戶會落在哪裡
case-table-account = 如果註冊時使用
case-table-lands = 會落在
case-table-do = 該怎麼做
case-lands-same = 您組織的目錄，與 Microsoft 365 放在一起
case-lands-personal = 該帳戶專屬的新目錄
case-lands-other = 另一個組織的目錄
case-lands-unknown = 無法從地址判斷
case-do-same = 不需要其他動作：相同的使用者帳戶可同時用於兩者。
case-do-personal = 請改用您的 Microsoft 365 帳戶註冊。
case-do-other = 請使用應擁有該訂用帳戶之組織的帳戶註冊。
case-do-unknown = 請先在入口網站的 [目錄 + 訂用帳戶] 下確認。
