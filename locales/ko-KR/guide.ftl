# Azure 등록 가이드: 위젯에 표시되는 모든 문자열.
# 용어와 표기는 Microsoft 한국어 문서를 따른다. 변수 바로 뒤에는 받침에 따라 바뀌는 조사(은/는, 이/가, 을/를, 과/와, 으로/로)를 쓰지 않는다.

## The widget as a whole

widget-title = Microsoft 365 계정으로 Azure 구독에 등록
article-date = 문서 업데이트 날짜: 2020년 8월 20일
entra-note = Azure AD(Azure Active Directory)의 새 이름은 Microsoft Entra ID입니다.
language-label = 언어
language-name = 한국어
new-tab = (새 탭에서 열림)
load-error = 가이드를 로드하지 못했습니다. 페이지를 새로 고친 후 다시 시도하세요.
internal-error = 가이드에서 문제가 발생했습니다. 페이지를 새로 고치면 계속 진행할 수 있으며, 진행 상황은 저장되어 있습니다.
list-pair = { $first } 및 { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } 및 { $second }

## The walkthrough

walkthrough-heading = Microsoft 365 계정으로 Azure 구독 가져오기
intro-m365 = Microsoft 365 구독이 있으면 Microsoft 365 계정으로 Azure 구독을 만들 수 있습니다.
intro-sign-up = 가상 머신을 설정하거나 다른 Azure 서비스를 사용하려면 먼저 Azure 구독에 등록해야 합니다.
intro-share = Azure 구독을 다른 사용자와 공유하고 { $link }할 수도 있습니다.

walkthrough-save-time = Microsoft 365 사용자 이름과 암호로 Azure에 등록하면 시간을 절약하고 계정 확산을 막을 수 있습니다.
steps-nav-label = 단계
progress-label = { $current }/{ $total }단계
progress-optional = 선택적 단계
# 단계 목록에서 선택적 단계 이름 앞에 표시("선택 사항: 다른 사용자 추가 · 포털에서 확인").
steps-optional = 선택 사항:
# 화면 읽기 프로그램이 선택적 단계 이름 뒤에 읽는 텍스트.
step-optional-note = (선택 사항)
step-done = (완료)
step-sign-up-title = 등록
step-sign-up-text = { $link }에서 등록을 시작합니다.
step-sign-in-title = 로그인
step-sign-in-text = Microsoft 365 사용자 이름과 암호로 로그인합니다. 관리자 권한이 없는 계정으로도 로그인할 수 있습니다.
step-sign-in-several = Microsoft 365 계정이 두 개 이상이면 Azure 구독과 연결할 Microsoft 365 계정의 자격 증명으로 로그인하세요.
step-finish-title = 등록 완료
step-finish-text = 필요한 정보를 입력하고 등록 절차를 마칩니다. 이미 Microsoft 365 계정이 있으면 일부 정보는 입력하지 않아도 될 수 있습니다.
step-add-people-title = 다른 사용자 추가
step-add-people-text = 조직의 다른 사용자를 Azure 구독에 추가해야 하는 경우 { $link } 문서를 참조하세요.
step-check-title = 포털에서 확인
step-check-tag = 가이드 도움말
step-check-note = 이 단계는 문서에 없는 내용입니다. 구독이 어느 디렉터리에 배치되었는지 확인할 수 있도록 이 가이드에서 따로 제공하는 도움말입니다.
step-check-directory = { $link } 페이지를 열면 현재 로그인한 디렉터리를 확인하고 다른 디렉터리로 전환할 수 있습니다.
step-check-subscriptions = 구독을 찾으려면 { $link } 페이지를 여세요.
step-check-wrong = 구독이 잘못된 디렉터리에 배치되었다면 { $link } 문서를 참조하세요.
step-check-transfer = 구독을 다른 디렉터리로 옮기려면 { $link } 문서를 참조하세요.
button-back = 이전
button-next = 다음
button-finish = 마침
button-restart = 처음부터 다시 시작
done-heading = 완료되었습니다
done-text = Microsoft 365 계정으로 등록했다면 Azure 구독은 Microsoft 365 구독과 같은 디렉터리에 있으므로, 두 구독 모두에 같은 사용자 계정을 사용할 수 있습니다.
done-portal = Azure Portal 열기
portal-text = Microsoft 365 사용자 이름과 암호로 { $link }에 로그인합니다.
next-steps-heading = 다음 단계
next-steps-rbac = Azure 구독을 다른 사용자와 공유하고 { $link }하세요.
help-heading = 도움이 필요하신가요? 문의하세요.
help-text = 질문이 있거나 도움이 필요하면 { $link }.
already-both = Microsoft 365 계정과 Azure 구독이 이미 모두 있다면 { $link } 방법을 설명하는 문서를 참조하세요.
announce-step = { $current }/{ $total }단계: { $title }
announce-optional = 선택적 단계: { $title }
announce-done = 완료되었습니다.

## Link texts

link-azure-com = Azure.com
link-portal = Azure Portal
link-rbac-assign = Azure RBAC(Azure 역할 기반 액세스 제어)로 Azure 구독 및 리소스에 대한 액세스를 관리
link-rbac-use = Azure RBAC(Azure 역할 기반 액세스 제어)로 Azure 구독 및 리소스에 대한 액세스를 관리
link-rbac-overview = Azure Portal에서 액세스 관리 시작
link-associate = Azure 구독에 Microsoft 365 테넌트 연결
link-how-associated = Azure 구독과 Azure Active Directory의 연관 관계
link-support = 지원 요청을 만드세요
link-portal-directories = Azure Portal의 디렉터리 + 구독
link-portal-subscriptions = Azure Portal의 구독
link-associate-entra = Azure 구독을 Microsoft Entra 테넌트에 연결 또는 추가
link-transfer = 다른 Microsoft Entra 디렉터리로 Azure 구독 이전

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = 브라우저에 열린 Azure 등록 페이지 그림
illus-signup-address = account.azure.com/signup
illus-signup-heading = Azure에 등록
illus-signup-button = 시작
illus-sign-in-alt = 로그인 페이지 그림
illus-email = you@contoso.com
illus-password-mask = ••••••••
illus-form-alt = 등록 양식 그림
illus-form-heading = 내 정보
illus-sign-in-heading = 로그인
illus-form-button = 등록
illus-check-alt = 현재 디렉터리가 표시된 Azure Portal의 디렉터리 + 구독 페이지 그림
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = 디렉터리 + 구독
illus-check-current = 현재 디렉터리
illus-check-all = 모든 디렉터리
illus-check-switch = 전환

## The diagram

diagram-heading = Azure 구독과 Microsoft 365 구독 자세히 알아보기
diagram-intro = Microsoft 365와 Azure는 모두 Azure AD 서비스로 사용자와 구독을 관리합니다. Azure 디렉터리는 사용자와 구독을 한데 묶어 두는 컨테이너와 비슷합니다. Azure 구독과 Microsoft 365 구독에 같은 사용자 계정을 사용하려면 Azure 구독을 Microsoft 365 구독과 같은 디렉터리에 만들어야 합니다.
diagram-hint = 시나리오를 선택한 다음 상자를 선택하면 그 상자가 거기에 있는 이유를 볼 수 있습니다.
diagram-more = 자세한 내용은 { $link } 문서를 참조하세요.
scenarios-label = 시나리오
scenario-recommended = 같은 계정(권장)
scenario-sprawl = 개인 계정
scenario-other = 다른 조직의 회사 계정
scenario-share = 구독 공유
node-directory = 디렉터리: { $name }
directory-contoso = Contoso
directory-personal = 개인
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure 구독
sub-m365 = Microsoft 365 구독
# $kind: directory, account, subscription. 한국어에서는 형태가 바뀌지 않는다.
new-badge = { $kind ->
   *[other] 신규
}
figure-rule = 규칙: 구독은 그 구독을 만든 사용자의 디렉터리에 배치됩니다.
figure-unsure = 어느 시나리오에 해당하는지 잘 모르겠다면 등록하기 전의 상태를 보여 주는 이 그림을 참고하세요. Microsoft 365 계정이 어느 디렉터리에 있는지는 { $link } 페이지에서 확인할 수 있습니다.
figure-you = 나
figure-you-accounts = { $count ->
    [1] 한 사람, 계정 1개
   *[other] 한 사람, 계정 { $count }개(디렉터리마다 하나씩)
}
account-work = 내 Microsoft 365 계정
account-personal = 내 개인 계정
account-other = 내 Fabrikam 계정
note-admin = 관리자
in-contoso = Contoso 디렉터리
in-personal = 개인 디렉터리
in-fabrikam = Fabrikam 디렉터리
note-created = { $who ->
    [work] 내 Microsoft 365 계정으로 만들었으며 내가 소유함
    [other] 내 Fabrikam 계정으로 만들었으며 내가 소유함
   *[personal] 내 개인 계정으로 만들었으며 내가 소유함
}
note-owned-by-directory = 디렉터리 소유, 관리자: { $managers }
note-shared = 공유 대상(Azure RBAC): { $names }
name-in = { $name }({ $where })
name-admin = { $name }, 관리자
name-new = { $kind ->
   *[other] { $name }, 신규
}
why-directory = { $kind ->
    [organization] 조직의 디렉터리입니다. 내 Microsoft 365 계정, 동료들의 계정, Microsoft 365 구독이 모두 이 디렉터리에 있습니다.
    [other] 다른 조직의 디렉터리로, 내 Fabrikam 계정이 여기에 있습니다. 이 디렉터리에는 { $other } 디렉터리의 사용자가 한 명도 없으며, 누구를 포함할지는 Fabrikam의 관리자가 결정합니다.
   *[personal] 개인 계정으로 등록할 때 만들어진, 그 계정만의 디렉터리입니다. 이 디렉터리에는 { $other } 디렉터리의 사용자가 한 명도 없습니다.
}
why-account = { $who ->
    [work] 이 계정은 { $where }에 있으므로, 이 계정으로 만드는 항목도 모두 같은 디렉터리에 배치됩니다.
    [personal] 이 계정은 { $other } 디렉터리가 아니라 { $where }에 있으므로, 이 계정으로 만드는 항목은 모두 그 디렉터리에 배치됩니다.
    [other] 이 계정은 다른 조직에 속하며 { $other } 디렉터리가 아니라 { $where }에 있으므로, 이 계정으로 만드는 항목은 모두 그 디렉터리에 배치됩니다.
   *[admin] 이 사용자({ $name })는 { $where }의 관리자이며 Microsoft 365 구독을 관리합니다.
}
why-access = 역할 기반 액세스 제어를 통해 { $name }에게도 Azure 구독에 대한 액세스 권한이 부여되어 있습니다. 이미 같은 디렉터리에 있으므로 { $name }에게는 새 계정이 필요하지 않습니다.
why-subscription = { $who ->
    [work] 내 Microsoft 365 계정으로 만들었으므로 Microsoft 365 구독과 함께 { $where }에 배치되었습니다.
    [personal] 내 개인 계정으로 만들었으므로 { $where }에 배치되었으며, { $other } 디렉터리 및 그 Microsoft 365 구독과는 분리되어 있습니다.
    [other] 내 Fabrikam 계정으로 만들었으므로 다른 조직의 디렉터리인 { $where }에 배치되었으며, { $other } 디렉터리 및 그 Microsoft 365 구독과는 분리되어 있습니다.
   *[directory] 이 구독은 디렉터리가 소유하며, 관리자({ $managers })가 관리합니다.
}

## The article's points about directories and subscriptions

rules-heading = 다음 사항에 유의하세요.
rule-created-under = 구독은 디렉터리 아래에 만들어집니다.
rule-users-belong = 각 사용자는 디렉터리에 속합니다.
rule-lands-in = 구독은 해당 구독을 만든 사용자의 디렉터리에 배치됩니다. 즉, Microsoft 365 구독과 Azure 구독은 같은 계정에 연결됩니다.
rule-azure-owned = Azure 구독은 디렉터리에 속한 개별 사용자가 소유합니다.
rule-m365-owned = Microsoft 365 구독은 디렉터리 자체가 소유합니다. 디렉터리에서 적절한 권한을 가진 사용자는 이러한 구독을 관리할 수 있습니다.

## Scenario scenes

scene-same-account = Microsoft 365 계정을 사용하면 Azure 구독이 Microsoft 365 구독과 함께 Contoso 디렉터리에 배치되며, 두 구독 모두에 같은 사용자 계정을 사용할 수 있습니다.
scene-sprawl-result = 다른 계정, 즉 개인 계정을 사용하면 Azure 구독은 그 계정만의 디렉터리에 배치됩니다. 이제 디렉터리가 두 개가 되고, Contoso의 사용자는 새 디렉터리에 없습니다. 문서에서 경고하는 계정 확산이 바로 이것입니다.
scene-other-result = 다른 조직의 회사 계정을 사용하면 Azure 구독은 Contoso가 아니라 그 조직의 디렉터리인 Fabrikam에 배치됩니다. Contoso의 사용자는 이 디렉터리에 없으며, 그 조직을 떠나면 구독에 액세스하지 못할 수도 있습니다.
scene-access-shared = 역할 기반 액세스 제어를 통해 Alex에게 Azure 구독에 대한 액세스 권한을 부여합니다. Alex는 이미 디렉터리에 있으므로 새 계정이 필요하지 않습니다. { $link }하는 방법을 알아보세요.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = 구독은 어디에 배치될까요?
case-intro = 두 주소를 입력하거나 아래에서 선택하세요. 이 결과는 실제로 조회한 것이 아니라 주소의 도메인을 바탕으로 한 예측입니다. 입력한 내용은 이 페이지 밖으로 전송되지 않으며 저장되지도 않습니다.
case-m365-label = Microsoft 365에 사용하는 주소
case-sign-up-label = Azure 등록에 사용할 주소
case-choices-label = 또는 등록에 사용할 계정을 선택하세요
case-pick-same = 내 회사 계정(Microsoft 365에 사용하는 계정)
case-pick-other = 다른 조직의 회사 계정
case-pick-personal = 개인 계정(outlook.com, gmail.com 또는 기타 개인 주소)
case-pick-unknown = 잘 모르겠음
case-verdict-label = 예측:
# 입력한 두 주소의 도메인만 표시한다(@ 앞부분은 표시하지 않음).
case-verdict-read = 예측({ $from } → { $to }):
case-verdict-likely = 같은 디렉터리일 가능성이 매우 높습니다. 테넌트의 onmicrosoft.com 도메인과 이름이 같은 도메인, 또는 어떤 도메인과 그 하위 도메인은 대개 같은 조직에 속합니다. 그래도 먼저 확인하세요. Azure Portal에 로그인한 후 디렉터리 + 구독 페이지를 보면 됩니다.
case-verdict-same = 같은 디렉터리입니다. Azure 구독이 Microsoft 365 구독과 함께 조직의 디렉터리에 배치되므로 두 구독 모두에 같은 사용자 계정을 사용할 수 있습니다.
case-verdict-personal = 새 디렉터리가 만들어집니다. 개인 주소(outlook.com, gmail.com, naver.com 등)로 등록하면 개인 Microsoft 계정으로 등록되고, 이 계정에는 전용 디렉터리가 따로 만들어집니다. 구독은 그 디렉터리에 배치되어 조직 및 조직의 사용자와 분리되는데, 이것이 바로 계정 확산입니다. 대신 Microsoft 365 계정으로 등록하세요.
case-verdict-other = 다른 디렉터리일 가능성이 높습니다. 서로 다른 두 회사 도메인은 대개 서로 다른 조직에 속하며, 구독은 등록에 사용한 계정이 속한 조직의 디렉터리에 배치됩니다. 다만 한 조직이 여러 도메인을 사용할 수도 있으므로 Azure Portal의 디렉터리 + 구독 페이지에서 확인한 다음, 구독을 보유해야 하는 조직의 계정으로 등록하세요.
case-verdict-unknown = 아직 판단할 수 없습니다. 먼저 Microsoft 365 계정이 어느 디렉터리에 있는지 확인하세요. 이 계정으로 Azure Portal에 로그인한 후 디렉터리 + 구독 페이지를 보면 됩니다.
case-unreadable = { $field ->
    [m365] Microsoft 365 주소가 메일 주소 형식이 아닙니다.
   *[sign-up] 등록에 사용할 주소가 메일 주소 형식이 아닙니다.
}
case-table-caption = 구독이 배치되는 위치
case-table-account = 등록에 사용하는 계정
case-table-lands = 배치되는 위치
case-table-do = 해야 할 일
case-lands-same = 조직의 디렉터리(Microsoft 365와 같은 디렉터리)
case-lands-personal = 새로 만들어지는 전용 디렉터리
case-lands-other = 다른 조직의 디렉터리
case-lands-unknown = 주소만으로는 알 수 없음
case-do-same = 더 할 일이 없습니다. 두 구독 모두에 같은 사용자 계정을 사용할 수 있습니다.
case-do-personal = 대신 Microsoft 365 계정으로 등록하세요.
case-do-other = 구독을 보유해야 하는 조직의 계정으로 등록하세요.
case-do-unknown = 먼저 포털의 디렉터리 + 구독 페이지에서 확인하세요.
