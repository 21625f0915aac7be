# Průvodce registrací do Azure: všechny texty, které widget zobrazuje.
# Terminologie podle české verze článku Microsoftu (Microsoft/azure-docs.cs-cz).

## The widget as a whole

widget-title = Registrace předplatného Azure pomocí účtu Microsoft 365
article-date = Článek byl aktualizován 20. srpna 2020.
entra-note = Azure Active Directory (Azure AD) se teď jmenuje Microsoft Entra ID.
language-label = Jazyk
# Název jazyka, jak ho uvádí nabídka jazyků.
language-name = Čeština
new-tab = (otevře se na nové kartě)
load-error = Průvodce se nepodařilo načíst. Zkuste stránku načíst znovu.
internal-error = V průvodci se něco pokazilo. Pokud chcete pokračovat, načtěte stránku znovu. Váš postup zůstal uložený.
list-pair = { $first } a { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } a { $second }

## The walkthrough

walkthrough-heading = Jak získat předplatné Azure pomocí účtu Microsoft 365
intro-m365 = Pokud máte předplatné Microsoftu 365, můžete si předplatné Azure vytvořit pomocí svého účtu Microsoft 365.
intro-sign-up = Abyste mohli nastavovat virtuální počítače nebo používat další služby Azure, musíte si zaregistrovat předplatné Azure.
intro-share = Své předplatné Azure můžete sdílet s ostatními a { $link }.

walkthrough-save-time = Ušetřete čas a vyhněte se nárůstu počtu účtů: zaregistrujte se do Azure pomocí uživatelského jména a hesla pro Microsoft 365.
steps-nav-label = Kroky
progress-label = Krok { $current } z { $total }
progress-optional = Volitelný krok
# Před názvy volitelných kroků v seznamu kroků.
steps-optional = Volitelné:
# Za názvem volitelného kroku, pro čtečky obrazovky.
step-optional-note = (volitelný krok)
step-done = (hotovo)
step-sign-up-title = Registrace
step-sign-up-text = Zaregistrujte se na webu { $link }.
step-sign-in-title = Přihlášení
step-sign-in-text = Přihlaste se uživatelským jménem a heslem pro Microsoft 365. Účet, kterým se přihlásíte, nepotřebuje oprávnění správce.
step-sign-in-several = Pokud máte víc účtů Microsoft 365, použijte přihlašovací údaje toho účtu Microsoft 365, který chcete přidružit ke svému předplatnému Azure.
step-finish-title = Dokončení registrace
step-finish-text = Vyplňte požadované údaje a registraci dokončete. Pokud už účet Microsoft 365 máte, některé údaje možná zadávat nemusíte.
step-add-people-title = Přidání dalších lidí
step-add-people-text = Pokud k předplatnému Azure potřebujete přidat další lidi ze své organizace, přečtěte si článek { $link }.
step-check-title = Kontrola na portálu
step-check-tag = Nápověda průvodce
step-check-note = Tento krok v článku není: je to vlastní nápověda průvodce, podle které zkontrolujete, kde vaše předplatné skončilo.
step-check-directory = Otevřete { $link }: uvidíte, ke kterému adresáři jste přihlášení, a můžete přepnout na jiný.
step-check-subscriptions = Otevřete { $link } a najděte své předplatné.
step-check-wrong = Pokud skončilo ve špatném adresáři, přečtěte si článek { $link }.
step-check-transfer = Pokud ho chcete přesunout do jiného adresáře, přečtěte si článek { $link }.
button-back = Zpět
button-next = Další
button-finish = Dokončit
button-restart = Začít znovu
done-heading = Hotovo
done-text = Pokud jste se zaregistrovali pomocí účtu Microsoft 365, je vaše předplatné Azure ve stejném adresáři jako vaše předplatné Microsoftu 365, takže pro obě fungují stejné uživatelské účty.
done-portal = Otevřít web Azure Portal
portal-text = Přihlaste se k webu { $link } uživatelským jménem a heslem pro Microsoft 365.
next-steps-heading = Další kroky
next-steps-rbac = Sdílejte své předplatné Azure s ostatními a { $link }.
help-heading = Potřebujete pomoc? Obraťte se na nás.
help-text = Pokud máte otázky nebo potřebujete pomoc, { $link }.
already-both = Pokud už máte účet Microsoft 365 i předplatné Azure, přečtěte si článek o tom, jak { $link }.
announce-step = Krok { $current } z { $total }: { $title }
announce-optional = Volitelný krok: { $title }
announce-done = Hotovo.

## Link texts

link-azure-com = Azure.com
link-portal = Azure Portal
link-rbac-assign = spravujte přístup k předplatnému Azure a ke svým prostředkům pomocí řízení přístupu na základě role v Azure
link-rbac-use = spravovat přístup k předplatnému Azure a ke svým prostředkům pomocí řízení přístupu na základě role v Azure
link-rbac-overview = Začínáme se správou přístupu na webu Azure Portal
link-associate = přidružit tenanta Microsoftu 365 k předplatnému Azure
link-how-associated = Přidružování předplatných Azure se službou Azure Active Directory
link-support = vytvořte žádost o podporu
link-portal-directories = stránku Adresáře a předplatná na webu Azure Portal
link-portal-subscriptions = stránku Předplatná na webu Azure Portal
link-associate-entra = Přidružení nebo přidání předplatného Azure do tenanta Microsoft Entra
link-transfer = Převod předplatného Azure do jiného adresáře Microsoft Entra

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Ilustrace registrační stránky Azure v prohlížeči.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Registrace do Azure
illus-signup-button = Začít
illus-sign-in-alt = Ilustrace přihlašovací stránky.
illus-email = uzivatel@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Ilustrace registračního formuláře.
illus-form-heading = O vás
illus-sign-in-heading = Přihlásit se
illus-form-button = Zaregistrovat se
illus-check-alt = Ilustrace stránky Adresáře a předplatná na webu Azure Portal s vyznačeným aktuálním adresářem.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Adresáře a předplatná
illus-check-current = Aktuální adresář
illus-check-all = Všechny adresáře
illus-check-switch = Přepnout

## The diagram

diagram-heading = Více o předplatných Azure a Microsoft 365
diagram-intro = Microsoft 365 i Azure spravují uživatele a předplatná pomocí služby Azure AD. Adresář Azure funguje jako kontejner, do kterého můžete seskupit uživatele a předplatná. Pokud chcete pro předplatná Azure a Microsoft 365 používat stejné uživatelské účty, musí se předplatná Azure vytvářet ve stejném adresáři, ve kterém jsou předplatná Microsoftu 365.
diagram-hint = Zvolte případ a potom vyberte libovolný rámeček – dozvíte se, proč tam je.
diagram-more = Podrobnosti najdete v článku { $link }.
scenarios-label = Scénáře
scenario-recommended = Stejný účet (doporučeno)
scenario-sprawl = Osobní účet
scenario-other = Pracovní účet jiné organizace
scenario-share = Sdílení předplatného
node-directory = Adresář: { $name }
directory-contoso = Contoso
directory-personal = Osobní
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Předplatné Azure
sub-m365 = Předplatné Microsoftu 365
# $kind: directory (adresář), account (účet) nebo subscription (předplatné) – kvůli shodě rodu.
new-badge = { $kind ->
    [subscription] Nové
   *[other] Nový
}
figure-rule = Pravidlo: předplatné skončí v adresáři uživatele, který ho vytvoří.
figure-unsure = Nevíte, který případ je ten váš? Obrázek ukazuje stav před registrací. Ve kterém adresáři je váš účet Microsoft 365, zjistíte, když otevřete { $link }.
figure-you = Vy
figure-you-accounts = { $count ->
    [one] jedna osoba, jeden účet
    [few] jedna osoba, { $count } účty: jeden v každém adresáři
    [many] jedna osoba, { $count } účtu: jeden v každém adresáři
   *[other] jedna osoba, { $count } účtů: jeden v každém adresáři
}
account-work = Váš účet Microsoft 365
account-personal = Váš osobní účet
account-other = Váš účet Fabrikam
note-admin = správce
in-contoso = v adresáři Contoso
in-personal = v adresáři Osobní
in-fabrikam = v adresáři Fabrikam
note-created = { $who ->
    [work] vytvořili jste ho účtem Microsoft 365 a jste jeho vlastníkem
    [other] vytvořili jste ho účtem Fabrikam a jste jeho vlastníkem
   *[personal] vytvořili jste ho osobním účtem a jste jeho vlastníkem
}
note-owned-by-directory = vlastní ho adresář, spravuje ho { $managers }
note-shared = přístup má také { $names } (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, správce
name-new = { $kind ->
    [subscription] { $name }, nové
   *[other] { $name }, nový
}
why-directory = { $kind ->
    [organization] Adresář vaší organizace: je v něm váš účet Microsoft 365, účty vašich kolegů i předplatné Microsoftu 365.
    [other] Adresář jiné organizace, ve kterém je váš účet Fabrikam. Nikdo z adresáře { $other } v něm není a o tom, kdo v něm bude, rozhodují správci společnosti Fabrikam.
   *[personal] Samostatný adresář pro váš osobní účet. Vznikl, když jste se tímto účtem zaregistrovali. Nikdo z adresáře { $other } v něm není.
}
why-account = { $who ->
    [work] Tento účet je { $where }, takže všechno, co s ním vytvoříte, skončí také tam.
    [personal] Tento účet je { $where }, ne v adresáři { $other }, takže všechno, co s ním vytvoříte, skončí právě tam.
    [other] Tento účet patří jiné organizaci a je { $where }, ne v adresáři { $other }, takže všechno, co s ním vytvoříte, skončí právě tam.
   *[admin] { $name } je správcem { $where } a spravuje předplatné Microsoftu 365.
}
why-access = { $name } má k vašemu předplatnému Azure také přístup, a to díky řízení přístupu na základě role. { $name } už je ve stejném adresáři, takže žádný nový účet nepotřebuje.
why-subscription = { $who ->
    [work] Vytvořili jste ho účtem Microsoft 365, takže skončilo { $where }, vedle předplatného Microsoftu 365.
    [personal] Vytvořili jste ho osobním účtem, takže skončilo { $where }, odděleně od adresáře { $other } a jeho předplatného Microsoftu 365.
    [other] Vytvořili jste ho účtem Fabrikam, takže skončilo { $where }, tedy v adresáři jiné organizace, odděleně od adresáře { $other } a jeho předplatného Microsoftu 365.
   *[directory] Vlastní ho adresář a spravuje ho { $managers } jako správce.
}

## The article's points about directories and subscriptions

rules-heading = Mějte na paměti tyto body:
rule-created-under = Předplatné se vždy vytváří v některém adresáři.
rule-users-belong = Uživatelé jsou součástí adresářů.
rule-lands-in = Předplatné skončí v adresáři uživatele, který ho vytvoří. Vaše předplatné Microsoftu 365 je proto vázané na stejný účet jako vaše předplatné Azure.
rule-azure-owned = Předplatná Azure patří jednotlivým uživatelům v adresáři.
rule-m365-owned = Předplatná Microsoftu 365 patří přímo adresáři. Spravovat je můžou uživatelé, kteří mají v adresáři potřebná oprávnění.

## Scenario scenes

scene-same-account = S vaším účtem Microsoft 365 skončí předplatné Azure v adresáři Contoso vedle předplatného Microsoftu 365 a pro obě fungují stejné uživatelské účty.
scene-sprawl-result = S jiným účtem, a to osobním, skončí předplatné Azure ve vlastním adresáři tohoto účtu. Teď tedy existují dva adresáře a uživatelé z adresáře Contoso v tom novém nejsou: to je ten nárůst počtu účtů, před kterým článek varuje.
scene-other-result = S pracovním účtem jiné organizace skončí předplatné Azure v adresáři této organizace, Fabrikam, a ne v adresáři Contoso. Uživatelé z adresáře Contoso v něm nejsou, a když z této organizace odejdete, můžete k předplatnému ztratit přístup.
scene-access-shared = Alexovi udělíte přístup k předplatnému Azure pomocí řízení přístupu na základě role. Alex už v adresáři je, takže nový účet není potřeba. Zjistěte, jak { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Kde skončí vaše předplatné?
case-intro = Zadejte obě adresy nebo vyberte možnost níže. Jde o odhad podle domén v adresách, ne o vyhledávání: to, co zadáte, tuto stránku nikdy neopustí a nikam se neukládá.
case-m365-label = Adresa, kterou používáte pro Microsoft 365
case-sign-up-label = Adresa, kterou použijete při registraci do Azure
case-choices-label = Nebo vyberte účet, kterým se zaregistrujete
case-pick-same = Můj pracovní účet, který používám pro Microsoft 365
case-pick-other = Pracovní účet jiné organizace
case-pick-personal = Osobní účet (outlook.com, gmail.com nebo jiná osobní adresa)
case-pick-unknown = Nevím
case-verdict-label = Odhad:
# Popisek odhadu ze dvou zadaných adres: jen jejich domény (nikdy část před @).
case-verdict-read = Odhad pro { $from } → { $to }:
case-verdict-likely = Velmi pravděpodobně stejný adresář. Doména onmicrosoft.com tenanta a doména se stejným názvem, případně doména a její subdoména, obvykle patří jedné organizaci. Nejdřív to ale ověřte: přihlaste se k webu Azure Portal a podívejte se na stránku Adresáře a předplatná.
case-verdict-same = Stejný adresář. Předplatné Azure skončí v adresáři vaší organizace vedle vašeho předplatného Microsoftu 365 a pro obě budou fungovat stejné uživatelské účty.
case-verdict-personal = Nový adresář. S osobní adresou (outlook.com, gmail.com, yahoo.com atd.) se zaregistrujete osobním účtem Microsoft, který dostane vlastní adresář. Předplatné skončí tam, odděleně od vaší organizace a jejích uživatelů – to je nárůst počtu účtů. Zaregistrujte se raději účtem Microsoft 365.
case-verdict-other = Pravděpodobně jiný adresář. Dvě různé pracovní domény obvykle patří dvěma organizacím a předplatné skončí v adresáři té, jejímž účtem se registrujete. Jedna organizace ale může mít víc domén: ověřte to na stránce Adresáře a předplatná na webu Azure Portal a zaregistrujte se účtem organizace, která má předplatné vlastnit.
case-verdict-unknown = Zatím to nelze určit. Nejdřív zjistěte, ve kterém adresáři je váš účet Microsoft 365: přihlaste se jím k webu Azure Portal a podívejte se na stránku Adresáře a předplatná.
case-unreadable = { $field ->
    [m365] Adresa pro Microsoft 365 nevypadá jako e-mailová adresa.
   *[sign-up] Adresa pro registraci nevypadá jako e-mailová adresa.
}
case-table-caption = Kde vaše předplatné skončí
case-table-account = Účet pro registraci
case-table-lands = Kde skončí
case-table-do = Co dělat
case-lands-same = v adresáři vaší organizace, vedle Microsoftu 365
case-lands-personal = v novém, samostatném adresáři
case-lands-other = v adresáři druhé organizace
case-lands-unknown = z adresy nelze určit
case-do-same = Nic dalšího: pro obě fungují stejné uživatelské účty.
case-do-personal = Zaregistrujte se raději účtem Microsoft 365.
case-do-other = Zaregistrujte se účtem organizace, která má předplatné vlastnit.
case-do-unknown = Nejdřív to ověřte na portálu, na stránce Adresáře a předplatná.
