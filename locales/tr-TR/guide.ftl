# Azure kaydolma kılavuzu: pencere öğesinin kullanıcıya görünen tüm metinleri.
# Başvuru kataloğu en-US'dir: ileti kimlikleri ve değişkenler oradan gelir.
# $link bir bağlantının metninin yeridir; $name, $from, $to etiketlerdir;
# $current, $total, $count sayılardır.
# Hiçbir ek doğrudan bir değişkene eklenmez: $where hazır, çekimli bir ifadedir
# (in-contoso vb.), $other'dan sonra eki "dizin" sözcüğü alır.

## The widget as a whole

widget-title = Azure aboneliğine Microsoft 365 hesabınızla kaydolma
article-date = Makale 20 Ağustos 2020 tarihinde güncelleştirildi.
entra-note = Azure Active Directory (Azure AD) artık Microsoft Entra ID adını taşıyor.
language-label = Dil
# Dilin, dil menüsünde görünen kendi adı.
language-name = Türkçe
new-tab = (yeni sekmede açılır)
load-error = Kılavuz yüklenemedi. Yeniden denemek için sayfayı yenileyin.
internal-error = Kılavuzda bir sorun oluştu. Devam etmek için sayfayı yenileyin; ilerlemeniz kaydedildi.
list-pair = { $first } ve { $second }
list-start = { $first }, { $second }
list-middle = { $first }, { $second }
list-end = { $first } ve { $second }

## The walkthrough

walkthrough-heading = Microsoft 365 hesabınızla Azure aboneliği edinme
intro-m365 = Microsoft 365 aboneliğiniz varsa, Microsoft 365 hesabınızla bir Azure aboneliği de oluşturabilirsiniz.
intro-sign-up = Sanal makine kurmak veya başka Azure hizmetlerini kullanmak için bir Azure aboneliğine kaydolmanız gerekir.
intro-share = Azure aboneliğinizi başkalarıyla paylaşabilir ve { $link } kullanabilirsiniz.

walkthrough-save-time = Azure'a Microsoft 365 kullanıcı adınız ve parolanızla kaydolarak zaman kazanın ve hesap artışının önüne geçin.
steps-nav-label = Adımlar
progress-label = Adım { $current }/{ $total }
progress-optional = İsteğe bağlı adım
# Adım listesinde isteğe bağlı adımların adlarından önce.
steps-optional = İsteğe bağlı:
# İsteğe bağlı bir adımın adından sonra, ekran okuyucular için.
step-optional-note = (isteğe bağlı)
step-done = (tamamlandı)
step-sign-up-title = Kaydol
step-sign-up-text = Kaydolmak için { $link } adresine gidin.
step-sign-in-title = Oturum aç
step-sign-in-text = Microsoft 365 kullanıcı adınız ve parolanızla oturum açın. Oturum açtığınız hesabın yönetici izinlerine sahip olması gerekmez.
step-sign-in-several = Birden fazla Microsoft 365 hesabınız varsa, Azure aboneliğinizle ilişkilendirmek istediğiniz Microsoft 365 hesabının kimlik bilgileriyle oturum açın.
step-finish-title = Kaydı tamamla
step-finish-text = Gerekli bilgileri girin ve kaydolma işlemini bitirin. Zaten bir Microsoft 365 hesabınız varsa bazı bilgileri girmeniz gerekmeyebilir.
step-add-people-title = Kişi ekle
step-add-people-text = Azure aboneliğine kuruluşunuzdan başka kişiler de eklemeniz gerekiyorsa bkz. { $link }.
step-check-title = Portalda denetle
step-check-tag = Kılavuzdan ipucu
step-check-note = Bu adım makalede yer almaz: Aboneliğinizin nereye yerleştiğini denetleyebilmeniz için kılavuzun sunduğu ek yardımdır.
step-check-directory = Hangi dizinde oturum açtığınızı görmek ve başka bir dizine geçmek için { $link } sayfasını açın.
step-check-subscriptions = Aboneliğinizi bulmak için { $link } sayfasını açın.
step-check-wrong = Abonelik yanlış dizine yerleştiyse bkz. { $link }.
step-check-transfer = Aboneliği başka bir dizine taşımak için bkz. { $link }.
button-back = Geri
button-next = İleri
button-finish = Son
button-restart = Baştan başla
done-heading = İşlem tamamlandı
done-text = Microsoft 365 hesabınızla kaydolduysanız Azure aboneliğiniz, Microsoft 365 aboneliğinizle aynı dizindedir; böylece aynı kullanıcı hesapları ikisinde de çalışır.
done-portal = Azure portalını açın
# link-portal, Microsoft'un makalesindeki gibi çekimli biçimdedir ("Azure portalında").
portal-text = Microsoft 365 kullanıcı adınız ve parolanızla { $link } oturum açın.
next-steps-heading = Sonraki adımlar
next-steps-rbac = Azure aboneliğinizi başkalarıyla paylaşın ve { $link }.
help-heading = Yardım mı gerekiyor? Bizimle iletişime geçin.
help-text = Sorunuz varsa veya yardıma ihtiyacınız olursa { $link }.
already-both = Zaten hem Microsoft 365 hesabınız hem de Azure aboneliğiniz varsa, ikisini ilişkilendirmeyi anlatan makaleye bakın: { $link }.
announce-step = Adım { $current }/{ $total }: { $title }
announce-optional = İsteğe bağlı adım: { $title }
announce-done = İşlem tamamlandı.

## Link texts

link-azure-com = Azure.com
link-portal = Azure portalında
link-rbac-assign = Azure rol tabanlı erişim denetimiyle (Azure RBAC) Azure aboneliğinize ve kaynaklarınıza erişimi yönetin
link-rbac-use = Azure aboneliğinize ve kaynaklarınıza erişimi yönetmek için Azure rol tabanlı erişim denetimini (Azure RBAC)
link-rbac-overview = Azure portalında erişim yönetimini kullanmaya başlama
link-associate = Microsoft 365 kiracısını bir Azure aboneliğiyle ilişkilendirme
link-how-associated = Azure aboneliklerinin Azure Active Directory ile ilişkisi
link-support = bir destek isteği oluşturun
link-portal-directories = Azure portalında Dizinler + abonelikler
link-portal-subscriptions = Azure portalında Abonelikler
link-associate-entra = Microsoft Entra kiracınıza bir Azure aboneliğini ekleme veya ilişkilendirme
link-transfer = Azure aboneliğini farklı bir Microsoft Entra dizinine aktarma

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = Bir tarayıcıda Azure kaydolma sayfasını gösteren çizim.
illus-signup-address = account.azure.com/signup
illus-signup-heading = Azure'a kaydolun
illus-signup-button = Başlayın
illus-sign-in-alt = Oturum açma sayfasını gösteren çizim.
illus-email = kullanici@contoso.com
illus-password-mask = ••••••••
illus-form-alt = Kayıt formunu gösteren çizim.
illus-form-heading = Hakkınızda
illus-sign-in-heading = Oturum aç
illus-form-button = Kaydol
illus-check-alt = Azure portalındaki Dizinler + abonelikler sayfasını, geçerli dizin işaretlenmiş olarak gösteren çizim.
illus-check-address = portal.azure.com/#settings/directory
illus-check-heading = Dizinler + abonelikler
illus-check-current = Geçerli dizin
illus-check-all = Tüm dizinler
illus-check-switch = Geçiş yap

## The diagram

diagram-heading = Azure ve Microsoft 365 aboneliklerine daha yakından bakış
diagram-intro = Microsoft 365 ve Azure, kullanıcıları ve abonelikleri Azure AD hizmetiyle yönetir. Azure dizini, kullanıcıları ve abonelikleri bir arada gruplayabileceğiniz bir kapsayıcıya benzer. Azure ve Microsoft 365 abonelikleriniz için aynı kullanıcı hesaplarını kullanmak istiyorsanız, Azure aboneliklerinin Microsoft 365 abonelikleriyle aynı dizinde oluşturulmasını sağlayın.
diagram-hint = Bir durum seçin, ardından orada neden bulunduğunu okumak için herhangi bir kutuyu seçin.
diagram-more = Daha fazla bilgi için bkz. { $link }.
scenarios-label = Senaryolar
scenario-recommended = Aynı hesap (önerilen)
scenario-sprawl = Kişisel hesap
scenario-other = Başka bir kuruluşun iş hesabı
scenario-share = Abonelik paylaşımı
node-directory = Dizin: { $name }
directory-contoso = Contoso
directory-personal = Kişisel
directory-fabrikam = Fabrikam
user-alex = Alex
sub-azure = Azure aboneliği
sub-m365 = Microsoft 365 aboneliği
# $kind: directory, account veya subscription; Türkçede "Yeni" uyum gerektirmez.
new-badge = { $kind ->
   *[other] Yeni
}
figure-rule = Kural: Abonelik, onu oluşturan kullanıcının dizinine yerleşir.
figure-unsure = Hangi durumun sizinki olduğundan emin değil misiniz? Şekil, kaydolmadan önceki durumu gösterir. Microsoft 365 hesabınızın hangi dizinde olduğunu görmek için { $link } sayfasını açın.
figure-you = Siz
figure-you-accounts = { $count ->
    [one] bir kişi, bir hesap
   *[other] bir kişi, { $count } hesap: her dizinde bir tane
}
account-work = Microsoft 365 hesabınız
account-personal = Kişisel hesabınız
account-other = Fabrikam hesabınız
note-admin = yönetici
in-contoso = Contoso dizininde
in-personal = Kişisel dizininde
in-fabrikam = Fabrikam dizininde
note-created = { $who ->
    [work] Microsoft 365 hesabınızla oluşturdunuz, size ait
    [other] Fabrikam hesabınızla oluşturdunuz, size ait
   *[personal] kişisel hesabınızla oluşturdunuz, size ait
}
note-owned-by-directory = dizine ait, { $managers } tarafından yönetiliyor
note-shared = { $names } için de erişim verildi (Azure RBAC)
name-in = { $name }, { $where }
name-admin = { $name }, yönetici
name-new = { $kind ->
   *[other] { $name }, yeni
}
why-directory = { $kind ->
    [organization] Kuruluşunuzun dizini: Microsoft 365 hesabınız, iş arkadaşlarınızın hesapları ve Microsoft 365 aboneliği bu dizinde bulunur.
    [other] Başka bir kuruluşun dizini; Fabrikam hesabınız bu dizinde bulunur. { $other } dizinindeki kişilerden hiçbiri burada değildir; buraya kimin gireceğine Fabrikam'ın yöneticileri karar verir.
   *[personal] Kişisel hesabınıza ait, bu hesapla kaydolduğunuzda oluşturulan ayrı bir dizin. { $other } dizinindeki kişilerden hiçbiri burada değildir.
}
why-account = { $who ->
    [work] Bu hesap { $where } bulunuyor; bu nedenle onunla oluşturduğunuz her şey de oraya yerleşir.
    [personal] Bu hesap { $other } dizininde değil, { $where } bulunuyor; bu nedenle onunla oluşturduğunuz her şey oraya yerleşir.
    [other] Bu hesap başka bir kuruluşa ait ve { $other } dizininde değil, { $where } bulunuyor; bu nedenle onunla oluşturduğunuz her şey oraya yerleşir.
   *[admin] { $name }, { $where } yöneticidir ve Microsoft 365 aboneliğini yönetir.
}
why-access = Ayrıca { $name }, rol tabanlı erişim denetimi aracılığıyla Azure aboneliğinize erişebilir. { $name } zaten aynı dizinde olduğundan yeni bir hesaba gerek yoktur.
why-subscription = { $who ->
    [work] Aboneliği Microsoft 365 hesabınızla oluşturdunuz; bu nedenle abonelik { $where }, Microsoft 365 aboneliğinin yanında yer alıyor.
    [personal] Aboneliği kişisel hesabınızla oluşturdunuz; bu nedenle abonelik { $where } yer alıyor ve hem { $other } dizininden hem de oradaki Microsoft 365 aboneliğinden ayrı duruyor.
    [other] Aboneliği Fabrikam hesabınızla oluşturdunuz; bu nedenle abonelik başka bir kuruluşun dizininde, yani { $where } yer alıyor ve hem { $other } dizininden hem de oradaki Microsoft 365 aboneliğinden ayrı duruyor.
   *[directory] Abonelik dizine aittir ve yönetici olarak { $managers } tarafından yönetilir.
}

## The article's points about directories and subscriptions

rules-heading = Şu noktaları unutmayın:
rule-created-under = Her abonelik bir dizin altında oluşturulur.
rule-users-belong = Kullanıcılar bir dizine bağlıdır.
rule-lands-in = Abonelik, onu oluşturan kullanıcının dizinine yerleşir. Dolayısıyla Microsoft 365 aboneliğiniz, Azure aboneliğinizle aynı hesaba bağlıdır.
rule-azure-owned = Azure abonelikleri, dizindeki tek tek kullanıcılara aittir.
rule-m365-owned = Microsoft 365 abonelikleri doğrudan dizinin kendisine aittir. Dizinde uygun izinlere sahip kullanıcılar bu abonelikleri yönetebilir.

## Scenario scenes

scene-same-account = Microsoft 365 hesabınızla oluşturulan Azure aboneliği, Microsoft 365 aboneliğinin yanına, Contoso dizinine yerleşir ve aynı kullanıcı hesapları ikisinde de çalışır.
scene-sprawl-result = Başka bir hesapla, yani kişisel bir hesapla oluşturulan Azure aboneliği o hesabın kendi dizinine yerleşir. Artık iki dizin vardır ve Contoso kullanıcıları yeni dizinde yer almaz: Makalenin uyardığı hesap artışı budur.
scene-other-result = Başka bir kuruluşun iş hesabıyla oluşturulan Azure aboneliği Contoso dizinine değil, o kuruluşun dizinine, yani Fabrikam dizinine yerleşir. Contoso kullanıcıları bu dizinde yer almaz ve o kuruluştan ayrıldığınızda aboneliğe erişiminizi kaybedebilirsiniz.
scene-access-shared = Alex'e rol tabanlı erişim denetimiyle Azure aboneliğine erişim verirsiniz. Alex zaten dizinde olduğundan yeni bir hesaba gerek yoktur. { $link } nasıl kullanacağınızı öğrenin.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = Aboneliğiniz nereye yerleşecek?
case-intro = İki adresi girin veya aşağıdan bir seçim yapın. Bu, adreslerin etki alanlarına dayanan bir tahmindir, bir sorgu değildir: Girdiğiniz bilgiler bu sayfadan dışarı çıkmaz ve kaydedilmez.
case-m365-label = Microsoft 365 için kullandığınız adres
case-sign-up-label = Azure'a kaydolurken kullanacağınız adres
case-choices-label = Ya da kaydolacağınız hesabı seçin
case-pick-same = Microsoft 365 için kullandığım iş hesabım
case-pick-other = Başka bir kuruluşun iş hesabı
case-pick-personal = Kişisel hesap (outlook.com, gmail.com veya başka bir kişisel adres)
case-pick-unknown = Emin değilim
case-verdict-label = Tahmin:
# Yazılan iki adresten yapılan tahminin etiketi: yalnızca etki alanları (@ işaretinden önceki kısım asla).
case-verdict-read = Tahmin ({ $from } → { $to }):
case-verdict-likely = Büyük olasılıkla aynı dizin. Bir kiracının onmicrosoft.com etki alanı ile aynı adı taşıyan bir etki alanı ya da bir etki alanı ile onun bir alt etki alanı genellikle aynı kuruluşa aittir. Yine de önce denetleyin: Azure portalında oturum açın ve Dizinler + abonelikler sayfasına bakın.
case-verdict-same = Aynı dizin. Azure aboneliği, Microsoft 365 aboneliğinizin yanına, kuruluşunuzun dizinine yerleşir ve aynı kullanıcı hesapları ikisinde de çalışır.
case-verdict-personal = Yeni bir dizin. Kişisel bir adresle (outlook.com, gmail.com, yahoo.com vb.) kişisel bir Microsoft hesabı olarak kaydolursunuz ve bu hesaba ayrı bir dizin verilir. Abonelik, kuruluşunuzdan ve kuruluşunuzun kullanıcılarından ayrı olarak oraya yerleşir: Bu bir hesap artışıdır. Bunun yerine Microsoft 365 hesabınızla kaydolun.
case-verdict-other = Büyük olasılıkla başka bir dizin. İki farklı iş etki alanı genellikle iki ayrı kuruluşa aittir ve abonelik, kaydolan hesabın ait olduğu kuruluşun dizinine yerleşir. Yine de bir kuruluşun birden çok etki alanı olabilir: Azure portalındaki Dizinler + abonelikler sayfasını denetleyin ve aboneliğin ait olması gereken kuruluşun hesabıyla kaydolun.
case-verdict-unknown = Henüz bir şey söylenemiyor. Önce Microsoft 365 hesabınızın hangi dizinde olduğunu denetleyin: Bu hesapla Azure portalında oturum açın ve Dizinler + abonelikler sayfasına bakın.
case-unreadable = { $field ->
    [m365] Microsoft 365 adresi bir e-posta adresine benzemiyor.
   *[sign-up] Kaydolma adresi bir e-posta adresine benzemiyor.
}
case-table-caption = Aboneliğiniz nereye yerleşir
case-table-account = Kaydolduğunuz hesap
case-table-lands = Yerleşeceği yer
case-table-do = Yapmanız gereken
case-lands-same = kuruluşunuzun dizini, Microsoft 365'in yanında
case-lands-personal = kendine ait yeni bir dizin
case-lands-other = diğer kuruluşun dizini
case-lands-unknown = adresten anlaşılamaz
case-do-same = Başka bir şey yapmanız gerekmez: Aynı kullanıcı hesapları ikisinde de çalışır.
case-do-personal = Bunun yerine Microsoft 365 hesabınızla kaydolun.
case-do-other = Aboneliğin ait olması gereken kuruluşun hesabıyla kaydolun.
case-do-unknown = Önce portalda, Dizinler + abonelikler sayfasında denetleyin.
