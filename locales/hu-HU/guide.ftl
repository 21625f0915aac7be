# Azure-regisztrációs útmutató: a widget összes látható szövege.
# A referencia az en-US katalógus: az azonosítók és változók onnan származnak.
# A $link helyére egy hivatkozás szövege kerül; a $name, $from, $to címkék;
# a $current, $total, $count számok.
# Toldalék soha nem kapcsolódik közvetlenül változóhoz: a $where értéke egy kész,
# ragozott kifejezés (in-contoso stb.), a $other után a „címtár” szó viseli a ragot.
# A „a { $other } címtár” névelő miatt a directory-* nevek mássalhangzóval kezdődjenek.

## The widget as a whole

widget-title = Regisztráció Azure-előfizetésre a Microsoft 365-fiókjával
article-date = A cikk frissítve: 2020. augusztus 20.
entra-note = Az Azure Active Directory (Azure AD) új neve Microsoft Entra ID.
language-label = Nyelv
# A nyelv saját neve, ahogy a nyelvválasztó menü mutatja.
language-name = Magyar
new-tab = (új lapon nyílik meg)
load-error = Az útmutatót nem sikerült betölteni. Töltse be újra az oldalt, és próbálkozzon ismét.
internal-error = Hiba történt az útmutatóban. A folytatáshoz töltse be újra az oldalt; az eddigi előrehaladását mentettük.
list-pair = { $first } és { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } és { $second }

## The walkthrough

walkthrough-heading = Azure-előfizetés beszerzése a Microsoft 365-fiókjával
intro-m365 = Ha van Microsoft 365-előfizetése, a Microsoft 365-fiókjával Azure-előfizetést is létrehozhat.
intro-sign-up = Virtuális gépek beállításához vagy más Azure-szolgáltatások használatához regisztrálnia kell egy Azure-előfizetésre.
intro-share = Azure-előfizetését másokkal is megoszthatja, és { $link }.

walkthrough-save-time = Ha a Microsoft 365-felhasználónevével és ‑jelszavával regisztrál az Azure-ba, időt takarít meg, és elkerüli a fiókok elszaporodását.
steps-nav-label = Lépések
progress-label = { $current }/{ $total }. lépés
progress-optional = Nem kötelező lépés
# A nem kötelező lépések neve előtt a lépéslistában.
steps-optional = Nem kötelező:
# Egy nem kötelező lépés neve után, képernyőolvasóknak.
step-optional-note = (nem kötelező)
step-done = (kész)
step-sign-up-title = Regisztráció
step-sign-up-text = Regisztráljon az { $link } webhelyen.
step-sign-in-title = Bejelentkezés
step-sign-in-text = Jelentkezzen be a Microsoft 365-felhasználónevével és ‑jelszavával. A bejelentkezéshez használt fióknak nincs szüksége rendszergazdai engedélyekre.
step-sign-in-several = Ha több Microsoft 365-fiókja is van, annak a Microsoft 365-fióknak a hitelesítő adataival jelentkezzen be, amelyet az Azure-előfizetéséhez szeretne társítani.
step-finish-title = Regisztráció befejezése
step-finish-text = Adja meg a kért adatokat, és fejezze be a regisztrációt. Ha már van Microsoft 365-fiókja, előfordulhat, hogy bizonyos adatokat nem kell megadnia.
step-add-people-title = Személyek hozzáadása
step-add-people-text = Ha a szervezetéből további személyeket kell hozzáadnia az Azure-előfizetéshez, olvassa el a következő cikket: { $link }.
step-check-title = Ellenőrzés a portálon
step-check-tag = Tipp az útmutatótól
step-check-note = Ez a lépés nem szerepel a cikkben: az útmutató saját segítsége ahhoz, hogy ellenőrizhesse, hová került az előfizetése.
step-check-directory = Nyissa meg a következő oldalt: { $link }. Itt láthatja, melyik címtárba jelentkezett be, és másik címtárra is válthat.
step-check-subscriptions = Az előfizetését a következő oldalon találja: { $link }.
step-check-wrong = Ha rossz címtárba került, olvassa el a következő cikket: { $link }.
step-check-transfer = Az előfizetés másik címtárba való áthelyezéséről itt olvashat: { $link }.
button-back = Vissza
button-next = Tovább
button-finish = Befejezés
button-restart = Újrakezdés
done-heading = Elkészült
done-text = Ha a Microsoft 365-fiókjával regisztrált, az Azure-előfizetése ugyanabban a címtárban van, mint a Microsoft 365-előfizetése, így ugyanazok a felhasználói fiókok mindkettőhöz használhatók.
done-portal = Az Azure Portal megnyitása
# A link-portal ragozott alakban áll („Azure Portalra”), a Microsoft-cikk mintájára.
portal-text = Jelentkezzen be az { $link } a Microsoft 365-felhasználónevével és ‑jelszavával.
next-steps-heading = További lépések
next-steps-rbac = Ossza meg Azure-előfizetését másokkal, és { $link }.
help-heading = Segítségre van szüksége? Lépjen kapcsolatba velünk.
help-text = Ha kérdése van, vagy segítségre van szüksége, { $link }.
already-both = Ha már Microsoft 365-fiókja és Azure-előfizetése is van, olvassa el a következő cikket: { $link }.
announce-step = { $current }/{ $total }. lépés: { $title }
announce-optional = Nem kötelező lépés: { $title }
announce-done = Elkészült.

## Link texts

link-azure-com = Azure.com
link-portal = Azure Portalra
link-rbac-assign = kezelje Azure-beli szerepköralapú hozzáférés-vezérléssel (Azure RBAC) az Azure-előfizetéséhez és az erőforrásaihoz való hozzáférést
link-rbac-use = kezelheti Azure-beli szerepköralapú hozzáférés-vezérléssel (Azure RBAC) az Azure-előfizetéséhez és az erőforrásaihoz való hozzáférést
link-rbac-overview = A hozzáférés-kezelés első lépései az Azure Portalon
link-associate = Microsoft 365-bérlő hozzárendelése egy Azure-előfizetéshez
link-how-associated = Azure-előfizetések társítása az Azure Active Directoryhoz
link-support = hozzon létre egy támogatási kérést
link-portal-directories = Könyvtárak + előfizetések (Azure Portal)
link-portal-subscriptions = Előfizetések (Azure Portal)
link-associate-entra = Azure-előfizetés társítása vagy hozzáadása a Microsoft Entra-bérlőhöz
link-transfer = Azure-előfizetés átvitele egy másik Microsoft Entra-címtárba

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Az Azure regisztrációs oldalát ábrázoló rajz egy böngészőablakban.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Regisztráció az Azure-ba
illus-signup-button = Kezdés
illus-sign-in-alt = A bejelentkezési oldalt ábrázoló rajz.
illus-email = felhasznalo@contoso.com
illus-password-mask = ••••••••
illus-form-alt = A regisztrációs űrlapot ábrázoló rajz.
illus-form-heading = Önről
illus-sign-in-heading = Bejelentkezés
illus-form-button = Regisztráció
illus-check-alt = Az Azure Portal Könyvtárak + előfizetések lapját ábrázoló rajz, rajta kiemelve az aktuális címtár.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Könyvtárak + előfizetések
illus-check-current = Aktuális könyvtár
illus-check-all = Minden könyvtár
illus-check-switch = Váltás

## The diagram

diagram-heading = Bővebben az Azure- és a Microsoft 365-előfizetésekről
diagram-intro = A Microsoft 365 és az Azure az Azure AD szolgáltatással kezeli a felhasználókat és az előfizetéseket. Az Azure-címtár egy tárolóhoz hasonlít, amelyben csoportosíthatja a felhasználókat és az előfizetéseket. Ha ugyanazokat a felhasználói fiókokat szeretné használni az Azure- és a Microsoft 365-előfizetéseihez, gondoskodjon arról, hogy az Azure-előfizetések ugyanabban a címtárban jöjjenek létre, mint a Microsoft 365-előfizetések.
diagram-hint = Válasszon egy esetet, majd jelöljön ki egy tetszőleges elemet, és megtudhatja, miért van ott.
diagram-more = További információt a következő cikkben talál: { $link }.
scenarios-label = Forgatókönyvek
scenario-recommended = Ugyanaz a fiók (ajánlott)
scenario-sprawl = Személyes fiók
scenario-other = Más szervezet munkahelyi fiókja
scenario-share = Az előfizetés megosztása
node-directory = Címtár: { $name }
directory-contoso = Contoso
directory-personal = Személyes
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure-előfizetés
sub-m365 = Microsoft 365-előfizetés
# $kind: directory, account vagy subscription; a magyarban az „Új” nem egyeztetendő.
new-badge = { $kind ->
   *[other] Új
}
figure-rule = A szabály: az előfizetés annak a felhasználónak a címtárába kerül, aki létrehozza.
figure-unsure = Nem biztos benne, melyik eset az Öné? Az ábra a regisztráció előtti állapotot mutatja. Ha meg szeretné nézni, melyik címtárban van a Microsoft 365-fiókja, nyissa meg a következő oldalt: { $link }.
figure-you = Ön
figure-you-accounts = { $count ->
    [one] egy személy, egy fiók
   *[other] egy személy, { $count } fiók: minden címtárban egy
}
account-work = Az Ön Microsoft 365-fiókja
account-personal = Az Ön személyes fiókja
account-other = Az Ön Fabrikam-fiókja
note-admin = rendszergazda
in-contoso = a Contoso címtárban
in-personal = a Személyes címtárban
in-fabrikam = a Fabrikam címtárban
note-created = { $who ->
    [work] Ön hozta létre a Microsoft 365-fiókjával, és az Ön tulajdona
    [other] Ön hozta létre a Fabrikam-fiókjával, és az Ön tulajdona
   *[personal] Ön hozta létre a személyes fiókjával, és az Ön tulajdona
}
note-owned-by-directory = a címtár tulajdona, { $managers } kezeli
note-shared = { $names } is hozzáfér (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, rendszergazda
name-new = { $kind ->
   *[other] { $name }, új
}
why-directory = { $kind ->
    [organization] A szervezete címtára: ebben van a Microsoft 365-fiókja, a munkatársai fiókjai és a Microsoft 365-előfizetés is.
    [other] Egy másik szervezet címtára, benne az Ön Fabrikam-fiókjával. A { $other } címtárból senki sincs benne, és arról, hogy ki kerülhet bele, a Fabrikam rendszergazdái döntenek.
   *[personal] A személyes fiókja saját címtára, amely akkor jött létre, amikor ezzel a fiókkal regisztrált. A { $other } címtárból senki sincs benne.
}
why-account = { $who ->
    [work] Ez a fiók { $where } van, ezért minden, amit vele létrehoz, szintén oda kerül.
    [personal] Ez a fiók { $where } van, nem a { $other } címtárban, ezért minden, amit vele létrehoz, oda kerül.
    [other] Ez a fiók egy másik szervezethez tartozik, és { $where } van, nem a { $other } címtárban, ezért minden, amit vele létrehoz, oda kerül.
   *[admin] { $name } rendszergazda { $where }, és ő kezeli a Microsoft 365-előfizetést.
}
why-access = { $name } is hozzáfér az Ön Azure-előfizetéséhez a szerepköralapú hozzáférés-vezérlésnek köszönhetően. Mivel { $name } már ugyanabban a címtárban van, nincs szükség új fiókra.
why-subscription = { $who ->
    [work] Ön a Microsoft 365-fiókjával hozta létre, így { $where } kapott helyet, a Microsoft 365-előfizetés mellett.
    [personal] Ön a személyes fiókjával hozta létre, így { $where } kapott helyet, elkülönülve a { $other } címtártól és az abban lévő Microsoft 365-előfizetéstől.
    [other] Ön a Fabrikam-fiókjával hozta létre, így { $where }, vagyis egy másik szervezet címtárában kapott helyet, elkülönülve a { $other } címtártól és az abban lévő Microsoft 365-előfizetéstől.
   *[directory] A címtár tulajdona, és { $managers } kezeli rendszergazdaként.
}

## The article's points about directories and subscriptions

rules-heading = Vegye figyelembe a következőket:
rule-created-under = Az előfizetés mindig egy címtárban jön létre.
rule-users-belong = A felhasználók egy-egy címtárhoz tartoznak.
rule-lands-in = Az előfizetés annak a felhasználónak a címtárába kerül, aki létrehozza. A Microsoft 365-előfizetése így ugyanahhoz a fiókhoz kötődik, mint az Azure-előfizetése.
rule-azure-owned = Az Azure-előfizetések a címtár egyes felhasználóinak a tulajdonában vannak.
rule-m365-owned = A Microsoft 365-előfizetések magának a címtárnak a tulajdonában vannak. Ezeket az előfizetéseket a címtár megfelelő engedélyekkel rendelkező felhasználói kezelhetik.

## Scenario scenes

scene-same-account = A Microsoft 365-fiókjával létrehozott Azure-előfizetés a Contoso címtárba kerül, a Microsoft 365-előfizetés mellé, és ugyanazok a felhasználói fiókok mindkettőhöz használhatók.
scene-sprawl-result = Ha egy másik, személyes fiókkal hozza létre az Azure-előfizetést, az ennek a fióknak a saját címtárába kerül. Így már két címtár van, és a Contoso felhasználói nincsenek benne az újban: ez a fiókok elszaporodása, amelyre a cikk figyelmeztet.
scene-other-result = Ha egy másik szervezet munkahelyi fiókjával hozza létre az Azure-előfizetést, az annak a szervezetnek a címtárába, a Fabrikam címtárba kerül, nem a Contoso címtárba. A Contoso felhasználói nincsenek benne, és ha Ön kilép abból a szervezetből, elveszítheti a hozzáférését az előfizetéshez.
scene-access-shared = Ön szerepköralapú hozzáférés-vezérléssel ad hozzáférést Alexnek az Azure-előfizetéshez. Alex már benne van a címtárban, ezért nincs szükség új fiókra. Ismerje meg, hogyan { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Hová kerül az előfizetése?
case-intro = Adja meg a két címet, vagy válasszon az alábbi lehetőségek közül. Ez a címek tartományán alapuló előrejelzés, nem lekérdezés: amit beír, nem hagyja el ezt az oldalt, és nem mentjük.
case-m365-label = A Microsoft 365-höz használt cím
case-sign-up-label = A cím, amellyel regisztrálni fog az Azure-ba
case-choices-label = Vagy válassza ki, melyik fiókkal fog regisztrálni
case-pick-same = A munkahelyi fiókom, amelyet a Microsoft 365-höz használok
case-pick-other = Egy másik szervezet munkahelyi fiókja
case-pick-personal = Személyes fiók (outlook.com, gmail.com vagy más személyes cím)
case-pick-unknown = Nem tudom
case-verdict-label = Előrejelzés:
# Két beírt cím alapján adott előrejelzés címkéje: csak a tartományok (a @ előtti rész soha).
case-verdict-read = Előrejelzés ({ $from } → { $to }):
case-verdict-likely = Nagy valószínűséggel ugyanaz a címtár. Egy bérlő onmicrosoft.com tartománya és egy azonos nevű tartomány, illetve egy tartomány és annak altartománya általában ugyanahhoz a szervezethez tartozik. Előbb azért ellenőrizze: jelentkezzen be az Azure Portalra, és nézze meg a Könyvtárak + előfizetések lapon.
case-verdict-same = Ugyanaz a címtár. Az Azure-előfizetés a szervezete címtárába kerül, a Microsoft 365-előfizetése mellé, és ugyanazok a felhasználói fiókok mindkettőhöz használhatók.
case-verdict-personal = Új címtár. Személyes címmel (outlook.com, gmail.com, yahoo.com stb.) személyes Microsoft-fiókként regisztrál, amely saját címtárat kap. Az előfizetés oda kerül, a szervezetétől és annak felhasználóitól elkülönítve: ez a fiókok elszaporodása. Regisztráljon inkább a Microsoft 365-fiókjával.
case-verdict-other = Valószínűleg egy másik címtár. Két különböző munkahelyi tartomány általában két szervezethez tartozik, és az előfizetés annak a szervezetnek a címtárába kerül, amelynek a fiókjával regisztrál. Egy szervezetnek azonban több tartománya is lehet: ellenőrizze az Azure Portal Könyvtárak + előfizetések lapján, és annak a szervezetnek a fiókjával regisztráljon, amelyhez az előfizetésnek tartoznia kell.
case-verdict-unknown = Ez még nem dönthető el. Előbb ellenőrizze, melyik címtárban van a Microsoft 365-fiókja: jelentkezzen be vele az Azure Portalra, és nézze meg a Könyvtárak + előfizetések lapon.
case-unreadable = { $field ->
    [m365] A Microsoft 365-höz megadott cím nem tűnik e-mail-címnek.
   *[sign-up] A regisztrációhoz megadott cím nem tűnik e-mail-címnek.
}
case-table-caption = Hová kerül az előfizetése
case-table-account = Ha ezzel regisztrál
case-table-lands = Ide kerül
case-table-do = Teendő
case-lands-same = a szervezete címtárába, a Microsoft 365 mellé
case-lands-personal = egy új, saját címtárba
case-lands-other = a másik szervezet címtárába
case-lands-unknown = a címből nem állapítható meg
case-do-same = Nincs további teendő: ugyanazok a felhasználói fiókok mindkettőhöz használhatók.
case-do-personal = Regisztráljon inkább a Microsoft 365-fiókjával.
case-do-other = Annak a szervezetnek a fiókjával regisztráljon, amelyhez az előfizetésnek tartoznia kell.
case-do-unknown = Előbb ellenőrizze a portálon, a Könyvtárak + előfizetések lapon.
