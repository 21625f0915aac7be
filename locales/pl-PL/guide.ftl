# Przewodnik rejestracji na platformie Azure: wszystkie teksty wyświetlane przez widżet.
# Terminologia według polskiej wersji artykułu firmy Microsoft (Microsoft/azure-docs.pl-pl).

## The widget as a whole

widget-title = Rejestracja na platformie Azure za pomocą konta platformy Microsoft 365
article-date = Artykuł zaktualizowano 20 sierpnia 2020 r.
entra-note = Usługa Azure Active Directory (Azure AD) nazywa się teraz Microsoft Entra ID.
language-label = Język
# Nazwa języka w tym języku, tak jak w menu wyboru języka.
language-name = Polski
new-tab = (otwiera się na nowej karcie)
load-error = Nie udało się załadować przewodnika. Odśwież stronę, aby spróbować ponownie.
internal-error = W przewodniku coś poszło nie tak. Odśwież stronę, aby kontynuować – Twoje postępy zostały zapisane.
list-pair = { $first } i { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } i { $second }

## The walkthrough

walkthrough-heading = Jak uzyskać subskrypcję platformy Azure za pomocą konta platformy Microsoft 365
intro-m365 = Jeśli masz subskrypcję platformy Microsoft 365, możesz utworzyć subskrypcję platformy Azure za pomocą swojego konta platformy Microsoft 365.
intro-sign-up = Aby konfigurować maszyny wirtualne lub używać innych usług platformy Azure, musisz się zarejestrować i uzyskać subskrypcję platformy Azure.
intro-share = Subskrypcję platformy Azure możesz udostępniać innym osobom i { $link }.

walkthrough-save-time = Zaoszczędź czas i nie twórz nadmiernej liczby kont: zarejestruj się na platformie Azure, podając nazwę użytkownika i hasło do konta platformy Microsoft 365.
steps-nav-label = Kroki
progress-label = Krok { $current } z { $total }
progress-optional = Krok opcjonalny
# Przed nazwami kroków opcjonalnych na liście kroków.
steps-optional = Opcjonalne:
# Po nazwie kroku opcjonalnego, dla czytników zawartości ekranu.
step-optional-note = (krok opcjonalny)
step-done = (ukończono)
step-sign-up-title = Rejestracja
step-sign-up-text = Zarejestruj się w witrynie { $link }.
step-sign-in-title = Logowanie
step-sign-in-text = Zaloguj się, podając nazwę użytkownika i hasło do konta platformy Microsoft 365. Konto, którego używasz, nie musi mieć uprawnień administratora.
step-sign-in-several = Jeśli masz kilka kont platformy Microsoft 365, użyj poświadczeń tego konta platformy Microsoft 365, które chcesz skojarzyć z subskrypcją platformy Azure.
step-finish-title = Ukończenie rejestracji
step-finish-text = Podaj wymagane informacje i ukończ proces rejestracji. Jeśli masz już konto platformy Microsoft 365, podawanie niektórych informacji może nie być konieczne.
step-add-people-title = Dodawanie innych osób
step-add-people-text = Jeśli chcesz dodać do subskrypcji platformy Azure inne osoby ze swojej organizacji, zobacz artykuł { $link }.
step-check-title = Sprawdzenie w portalu
step-check-tag = Pomoc przewodnika
step-check-note = Tego kroku nie ma w artykule: to dodatkowa pomoc przewodnika, dzięki której sprawdzisz, gdzie trafiła Twoja subskrypcja.
step-check-directory = Otwórz { $link }, aby zobaczyć, który katalog jest bieżący, i w razie potrzeby przełączyć się na inny.
step-check-subscriptions = Otwórz { $link }, aby znaleźć swoją subskrypcję.
step-check-wrong = Jeśli trafiła do niewłaściwego katalogu, zobacz artykuł { $link }.
step-check-transfer = Aby przenieść ją do innego katalogu, zobacz artykuł { $link }.
button-back = Wstecz
button-next = Dalej
button-finish = Zakończ
button-restart = Zacznij od nowa
done-heading = Gotowe
done-text = Jeśli rejestracja odbyła się przy użyciu konta platformy Microsoft 365, Twoja subskrypcja platformy Azure znajduje się w tym samym katalogu co subskrypcja platformy Microsoft 365, więc w obu działają te same konta użytkowników.
done-portal = Otwórz witrynę Azure Portal
portal-text = Zaloguj się do witryny { $link }, podając nazwę użytkownika i hasło do konta platformy Microsoft 365.
next-steps-heading = Następne kroki
next-steps-rbac = Udostępniaj subskrypcję platformy Azure innym osobom i { $link }.
help-heading = Potrzebujesz pomocy? Skontaktuj się z nami.
help-text = Jeśli masz pytania lub potrzebujesz pomocy, { $link }.
already-both = Jeśli masz już zarówno konto platformy Microsoft 365, jak i subskrypcję platformy Azure, zobacz artykuł o tym, jak { $link }.
announce-step = Krok { $current } z { $total }: { $title }
announce-optional = Krok opcjonalny: { $title }
announce-done = Gotowe.

## Link texts

link-azure-com = Azure.com
link-portal = Azure Portal
link-rbac-assign = za pomocą kontroli dostępu na podstawie ról zarządzaj dostępem do subskrypcji platformy Azure i swoich zasobów
link-rbac-use = za pomocą kontroli dostępu na podstawie ról zarządzać dostępem do subskrypcji platformy Azure i swoich zasobów
link-rbac-overview = Wprowadzenie do zarządzania dostępem w witrynie Azure Portal
link-associate = skojarzyć dzierżawę platformy Microsoft 365 z subskrypcją platformy Azure
link-how-associated = Jak subskrypcje platformy Azure są kojarzone z usługą Azure Active Directory
link-support = utwórz wniosek o pomoc techniczną
link-portal-directories = stronę Katalogi i subskrypcje w witrynie Azure Portal
link-portal-subscriptions = stronę Subskrypcje w witrynie Azure Portal
link-associate-entra = Kojarzenie lub dodawanie subskrypcji platformy Azure do dzierżawy Microsoft Entra
link-transfer = Przenoszenie subskrypcji platformy Azure do innego katalogu Microsoft Entra

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Ilustracja strony rejestracji na platformie Azure w przeglądarce.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Zarejestruj się na platformie Azure
illus-signup-button = Rozpocznij
illus-sign-in-alt = Ilustracja strony logowania.
illus-email = uzytkownik@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Ilustracja formularza rejestracji.
illus-form-heading = Informacje o Tobie
illus-sign-in-heading = Zaloguj się
illus-form-button = Zarejestruj się
illus-check-alt = Ilustracja strony Katalogi i subskrypcje w witrynie Azure Portal z wyróżnionym bieżącym katalogiem.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Katalogi i subskrypcje
illus-check-current = Bieżący katalog
illus-check-all = Wszystkie katalogi
illus-check-switch = Przełącz

## The diagram

diagram-heading = Więcej o subskrypcjach platformy Azure i platformy Microsoft 365
diagram-intro = Platformy Microsoft 365 i Azure zarządzają użytkownikami i subskrypcjami za pomocą usługi Azure AD. Katalog platformy Azure działa jak kontener, w którym można grupować użytkowników i subskrypcje. Jeśli chcesz używać tych samych kont użytkowników w subskrypcjach platformy Azure i platformy Microsoft 365, subskrypcje platformy Azure muszą powstawać w tym samym katalogu, w którym są subskrypcje platformy Microsoft 365.
diagram-hint = Wybierz przypadek, a następnie dowolne pole, aby dowiedzieć się, dlaczego się tam znajduje.
diagram-more = Więcej informacji znajdziesz w artykule { $link }.
scenarios-label = Scenariusze
scenario-recommended = To samo konto (zalecane)
scenario-sprawl = Konto osobiste
scenario-other = Konto służbowe innej organizacji
scenario-share = Udostępnianie subskrypcji
node-directory = Katalog: { $name }
directory-contoso = Contoso
directory-personal = Osobisty
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Subskrypcja platformy Azure
sub-m365 = Subskrypcja platformy Microsoft 365
# $kind: directory (katalog), account (konto) lub subscription (subskrypcja) – dla zgodności rodzaju.
new-badge = { $kind ->
    [account] Nowe
    [subscription] Nowa
   *[other] Nowy
}
figure-rule = Reguła: subskrypcja trafia do katalogu użytkownika, który ją tworzy.
figure-unsure = Nie wiesz, który przypadek dotyczy Ciebie? Rysunek pokazuje stan sprzed rejestracji. Aby sprawdzić, w którym katalogu jest Twoje konto platformy Microsoft 365, otwórz { $link }.
figure-you = Ty
figure-you-accounts = { $count ->
    [one] jedna osoba, jedno konto
    [few] jedna osoba, { $count } konta: po jednym w każdym katalogu
    [many] jedna osoba, { $count } kont: po jednym w każdym katalogu
   *[other] jedna osoba, { $count } konta: po jednym w każdym katalogu
}
account-work = Twoje konto platformy Microsoft 365
account-personal = Twoje konto osobiste
account-other = Twoje konto Fabrikam
note-admin = administrator
in-contoso = w katalogu Contoso
in-personal = w katalogu Osobisty
in-fabrikam = w katalogu Fabrikam
note-created = { $who ->
    [work] utworzona za pomocą Twojego konta platformy Microsoft 365, należy do Ciebie
    [other] utworzona za pomocą Twojego konta Fabrikam, należy do Ciebie
   *[personal] utworzona za pomocą Twojego konta osobistego, należy do Ciebie
}
note-owned-by-directory = należy do katalogu, zarządza nią { $managers }
note-shared = dostęp ma też { $names } (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, administrator
name-new = { $kind ->
    [account] { $name }, nowe
    [subscription] { $name }, nowa
   *[other] { $name }, nowy
}
why-directory = { $kind ->
    [organization] Katalog Twojej organizacji: znajdują się w nim Twoje konto platformy Microsoft 365, konta Twoich współpracowników i subskrypcja platformy Microsoft 365.
    [other] Katalog innej organizacji, w którym jest Twoje konto Fabrikam. Nie ma w nim nikogo z katalogu { $other }, a o tym, kto się w nim znajdzie, decydują administratorzy firmy Fabrikam.
   *[personal] Osobny katalog dla Twojego konta osobistego, utworzony podczas rejestracji przy użyciu tego konta. Nie ma w nim nikogo z katalogu { $other }.
}
why-account = { $who ->
    [work] To konto znajduje się { $where }, więc wszystko, co za jego pomocą utworzysz, również się tam znajdzie.
    [personal] To konto znajduje się { $where }, a nie w katalogu { $other }, więc wszystko, co za jego pomocą utworzysz, znajdzie się właśnie tam.
    [other] To konto należy do innej organizacji i znajduje się { $where }, a nie w katalogu { $other }, więc wszystko, co za jego pomocą utworzysz, znajdzie się właśnie tam.
   *[admin] { $name } jest administratorem { $where } i zarządza subskrypcją platformy Microsoft 365.
}
why-access = { $name } również ma dostęp do Twojej subskrypcji platformy Azure dzięki kontroli dostępu na podstawie ról. { $name } jest już w tym samym katalogu, więc nie potrzebuje nowego konta.
why-subscription = { $who ->
    [work] Utworzono ją za pomocą Twojego konta platformy Microsoft 365, więc znalazła się { $where }, obok subskrypcji platformy Microsoft 365.
    [personal] Utworzono ją za pomocą Twojego konta osobistego, więc znalazła się { $where }, z dala od katalogu { $other } i jego subskrypcji platformy Microsoft 365.
    [other] Utworzono ją za pomocą Twojego konta Fabrikam, więc znalazła się { $where }, czyli w katalogu innej organizacji, z dala od katalogu { $other } i jego subskrypcji platformy Microsoft 365.
   *[directory] Należy do katalogu, a zarządza nią { $managers } jako administrator.
}

## The article's points about directories and subscriptions

rules-heading = Weź pod uwagę następujące kwestie:
rule-created-under = Subskrypcja zawsze powstaje w jakimś katalogu.
rule-users-belong = Użytkownicy są członkami katalogów.
rule-lands-in = Subskrypcja trafia do katalogu użytkownika, który ją tworzy. Dlatego Twoja subskrypcja platformy Microsoft 365 jest powiązana z tym samym kontem co Twoja subskrypcja platformy Azure.
rule-azure-owned = Właścicielami subskrypcji platformy Azure są poszczególni użytkownicy katalogu.
rule-m365-owned = Właścicielem subskrypcji platformy Microsoft 365 jest sam katalog. Zarządzać nimi mogą użytkownicy, którzy mają w katalogu odpowiednie uprawnienia.

## Scenario scenes

scene-same-account = Gdy używasz konta platformy Microsoft 365, subskrypcja platformy Azure trafia do katalogu Contoso, obok subskrypcji platformy Microsoft 365, a w obu działają te same konta użytkowników.
scene-sprawl-result = Gdy używasz innego konta – osobistego – subskrypcja platformy Azure trafia do własnego katalogu tego konta. Istnieją teraz dwa katalogi, a w nowym nie ma użytkowników z katalogu Contoso: to właśnie tworzenie nadmiernej liczby kont, przed którym ostrzega artykuł.
scene-other-result = Gdy używasz konta służbowego innej organizacji, subskrypcja platformy Azure trafia do katalogu tej organizacji, Fabrikam, a nie do katalogu Contoso. Nie ma w nim użytkowników z katalogu Contoso, a po odejściu z tamtej organizacji możesz stracić dostęp do subskrypcji.
scene-access-shared = Przyznajesz Alexowi dostęp do subskrypcji platformy Azure za pomocą kontroli dostępu na podstawie ról. Alex jest już w katalogu, więc nowe konto nie jest potrzebne. Dowiedz się, jak { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Gdzie trafi Twoja subskrypcja?
case-intro = Wpisz oba adresy albo wybierz odpowiedź poniżej. To przewidywanie na podstawie domen adresów, a nie wyszukiwanie: wpisane dane nie opuszczają tej strony i nie są nigdzie zapisywane.
case-m365-label = Adres, którego używasz na platformie Microsoft 365
case-sign-up-label = Adres, którego użyjesz do rejestracji na platformie Azure
case-choices-label = Albo wybierz konto, za pomocą którego się zarejestrujesz
case-pick-same = Moje konto służbowe, którego używam na platformie Microsoft 365
case-pick-other = Konto służbowe innej organizacji
case-pick-personal = Konto osobiste (outlook.com, gmail.com lub inny adres prywatny)
case-pick-unknown = Nie wiem
case-verdict-label = Przewidywanie:
# Etykieta przewidywania na podstawie dwóch wpisanych adresów: tylko ich domeny (nigdy część przed @).
case-verdict-read = Przewidywanie dla { $from } → { $to }:
case-verdict-likely = Najprawdopodobniej ten sam katalog. Domena onmicrosoft.com dzierżawy i domena o tej samej nazwie albo domena i jej poddomena zwykle należą do jednej organizacji. Najpierw to jednak sprawdź: zaloguj się do witryny Azure Portal i zajrzyj na stronę Katalogi i subskrypcje.
case-verdict-same = Ten sam katalog. Subskrypcja platformy Azure trafi do katalogu Twojej organizacji, obok Twojej subskrypcji platformy Microsoft 365, a w obu będą działać te same konta użytkowników.
case-verdict-personal = Nowy katalog. Adres prywatny (outlook.com, gmail.com, yahoo.com itp.) oznacza rejestrację przy użyciu osobistego konta Microsoft, które dostaje własny katalog. Subskrypcja trafi właśnie tam, z dala od Twojej organizacji i jej użytkowników – to jest tworzenie nadmiernej liczby kont. Zamiast tego zarejestruj się za pomocą konta platformy Microsoft 365.
case-verdict-other = Prawdopodobnie inny katalog. Dwie różne domeny służbowe zwykle należą do dwóch organizacji, a subskrypcja trafia do katalogu tej, której konta używasz do rejestracji. Jedna organizacja może jednak mieć kilka domen: sprawdź to na stronie Katalogi i subskrypcje w witrynie Azure Portal i zarejestruj się za pomocą konta organizacji, do której ma należeć subskrypcja.
case-verdict-unknown = Na razie nie da się tego określić. Najpierw sprawdź, w którym katalogu jest Twoje konto platformy Microsoft 365: zaloguj się za jego pomocą do witryny Azure Portal i zajrzyj na stronę Katalogi i subskrypcje.
case-unreadable = { $field ->
    [m365] Adres używany na platformie Microsoft 365 nie wygląda jak adres e-mail.
   *[sign-up] Adres do rejestracji nie wygląda jak adres e-mail.
}
case-table-caption = Gdzie trafia subskrypcja
case-table-account = Konto użyte do rejestracji
case-table-lands = Gdzie trafi
case-table-do = Co zrobić
case-lands-same = do katalogu Twojej organizacji, obok platformy Microsoft 365
case-lands-personal = do nowego, osobnego katalogu
case-lands-other = do katalogu drugiej organizacji
case-lands-unknown = nie da się określić na podstawie adresu
case-do-same = Nic więcej: w obu działają te same konta użytkowników.
case-do-personal = Zamiast tego zarejestruj się za pomocą konta platformy Microsoft 365.
case-do-other = Zarejestruj się za pomocą konta organizacji, do której ma należeć subskrypcja.
case-do-unknown = Najpierw sprawdź to w portalu, na stronie Katalogi i subskrypcje.
