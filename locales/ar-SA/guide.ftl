# إرشادات التسجيل في Azure: كل النصوص التي تعرضها الأداة.

## The widget as a whole

widget-title = التسجيل للحصول على اشتراك Azure باستخدام حساب Microsoft 365 الخاص بك
article-date = حُدّثت المقالة في 20 أغسطس 2020.
entra-note = أصبح Azure Active Directory (Azure AD) الآن معرف Microsoft Entra.
language-label = اللغة
language-name = العربية
new-tab = (يُفتح في علامة تبويب جديدة)
load-error = تعذّر تحميل الإرشادات. أعد تحميل الصفحة للمحاولة مرة أخرى.
internal-error = حدث خطأ في الإرشادات. أعد تحميل الصفحة للمتابعة؛ تم حفظ تقدمك.
list-pair = { $first } و{ $second }
list-start = { $first } و{ $second }
list-middle = { $first } و{ $second }
list-end = { $first } و{ $second }

## The walkthrough

walkthrough-heading = الحصول على اشتراك Azure باستخدام حساب Microsoft 365 الخاص بك
intro-m365 = إذا كان لديك اشتراك Microsoft 365، فيمكنك استخدام حساب Microsoft 365 الخاص بك لإنشاء اشتراك Azure.
intro-sign-up = لإعداد أجهزة ظاهرية أو استخدام خدمات Azure أخرى، يجب عليك التسجيل للحصول على اشتراك Azure.
intro-share = يمكنك مشاركة اشتراك Azure مع الآخرين و{ $link }.

walkthrough-save-time = وفّر الوقت وتجنّب تعدد الحسابات بالتسجيل في Azure باستخدام اسم المستخدم وكلمة المرور لحساب Microsoft 365.
steps-nav-label = الخطوات
progress-label = الخطوة { $current } من { $total }
progress-optional = خطوة اختيارية
# قبل أسماء الخطوات الاختيارية في قائمة الخطوات.
steps-optional = اختيارية:
# بعد اسم الخطوة الاختيارية، لقارئات الشاشة.
step-optional-note = (اختيارية)
step-done = (مكتملة)
step-sign-up-title = التسجيل
step-sign-up-text = قم بالتسجيل في { $link }.
step-sign-in-title = تسجيل الدخول
step-sign-in-text = سجّل الدخول باستخدام اسم المستخدم وكلمة المرور لحساب Microsoft 365. لا يحتاج الحساب الذي تستخدمه إلى أذونات المسؤول.
step-sign-in-several = إذا كان لديك أكثر من حساب Microsoft 365، فاستخدم بيانات الاعتماد الخاصة بحساب Microsoft 365 الذي تريد ربطه باشتراك Azure.
step-finish-title = إكمال التسجيل
step-finish-text = أدخل المعلومات المطلوبة وأكمل عملية التسجيل. قد لا تكون بعض المعلومات مطلوبة إذا كان لديك حساب Microsoft 365 بالفعل.
step-add-people-title = إضافة أشخاص آخرين
step-add-people-text = إذا كنت بحاجة إلى إضافة أشخاص آخرين من مؤسستك إلى اشتراك Azure، فراجع { $link }.
step-check-title = التحقق في المدخل
step-check-tag = مساعدة من الإرشادات
step-check-note = هذه الخطوة غير موجودة في المقالة: إنها مساعدة إضافية من الإرشادات نفسها للتحقق من الدليل الذي أُضيف إليه اشتراكك.
step-check-directory = افتح صفحة { $link } لمعرفة الدليل الذي سجّلت الدخول إليه وللتبديل إلى دليل آخر.
step-check-subscriptions = افتح صفحة { $link } للعثور على اشتراكك.
step-check-wrong = إذا أُضيف الاشتراك إلى الدليل الخطأ، فراجع { $link }.
step-check-transfer = لنقل الاشتراك إلى دليل آخر، راجع { $link }.
button-back = السابق
button-next = التالي
button-finish = إنهاء
button-restart = البدء من جديد
done-heading = اكتملت العملية
done-text = إذا كنت قد سجّلت باستخدام حساب Microsoft 365، فإن اشتراك Azure موجود في الدليل نفسه الذي يوجد فيه اشتراك Microsoft 365، لذا تعمل حسابات المستخدمين نفسها مع كليهما.
done-portal = فتح مدخل Azure
portal-text = سجّل الدخول إلى { $link } باستخدام اسم المستخدم وكلمة المرور لحساب Microsoft 365.
next-steps-heading = الخطوات التالية
next-steps-rbac = شارك اشتراك Azure مع الآخرين و{ $link }.
help-heading = هل تحتاج إلى مساعدة؟ اتصل بنا.
help-text = إذا كانت لديك أسئلة أو كنت بحاجة إلى مساعدة، فيمكنك { $link }.
already-both = إذا كان لديك بالفعل حساب Microsoft 365 واشتراك Azure، فراجع المقالة التي تشرح كيفية { $link }.
announce-step = الخطوة { $current } من { $total }: { $title }
announce-optional = خطوة اختيارية: { $title }
announce-done = اكتملت العملية.

## Link texts

link-azure-com = Azure.com
link-portal = مدخل Azure
link-rbac-assign = استخدم التحكم في الوصول المستند إلى الدور لإدارة الوصول إلى اشتراك Azure ومواردك
link-rbac-use = استخدام التحكم في الوصول المستند إلى الدور لإدارة الوصول إلى اشتراك Azure ومواردك
link-rbac-overview = بدء استخدام إدارة الوصول في مدخل Azure
link-associate = ربط مستأجر Microsoft 365 باشتراك Azure
link-how-associated = كيفية ربط اشتراكات Azure بـ Azure Active Directory
link-support = إنشاء طلب دعم
link-portal-directories = «الدلائل + الاشتراكات» (Directories + subscriptions) في مدخل Azure
link-portal-subscriptions = «الاشتراكات» (Subscriptions) في مدخل Azure
link-associate-entra = ربط اشتراك Azure أو إضافته إلى مستأجر Microsoft Entra الخاص بك
link-transfer = نقل اشتراك Azure إلى دليل Microsoft Entra مختلف

## Illustrations drawn in place of the article's screenshots

illus-signup-alt = رسم توضيحي لصفحة التسجيل في Azure في مستعرض.
illus-signup-address = account.azure.com/signup
illus-signup-heading = التسجيل في Azure
illus-signup-button = البدء
illus-sign-in-alt = رسم توضيحي لصفحة تسجيل الدخول.
illus-email = you@contoso.com
illus-password-mask = ••••••••
illus-form-alt = رسم توضيحي لنموذج التسجيل.
illus-form-heading = معلومات عنك
illus-sign-in-heading = تسجيل الدخول
illus-form-button = تسجيل
illus-check-alt = رسم توضيحي لصفحة «الدلائل + الاشتراكات» (Directories + subscriptions) في مدخل Azure، مع تمييز الدليل الحالي.
illus-check-address = portal.azure.com/#settings/directory
# The Azure portal has no Arabic interface: its page is drawn as it shows, in English, left to right.
illus-check-heading = Directories + subscriptions
illus-check-current = Current directory
illus-check-all = All directories
illus-check-switch = Switch

## The diagram

diagram-heading = مزيد من المعلومات حول اشتراكات Azure وMicrosoft 365
diagram-intro = يستخدم Microsoft 365 وAzure خدمة Azure AD لإدارة المستخدمين والاشتراكات. يشبه دليل Azure حاوية يمكنك أن تجمع فيها المستخدمين والاشتراكات. لاستخدام حسابات المستخدمين نفسها لاشتراكات Azure وMicrosoft 365، تأكد من إنشاء اشتراكات Azure في الدليل نفسه الذي توجد فيه اشتراكات Microsoft 365.
diagram-hint = اختر سيناريو، ثم حدّد أي مربع لمعرفة سبب وجوده في موضعه.
diagram-more = لمزيد من المعلومات، راجع { $link }.
scenarios-label = السيناريوهات
scenario-recommended = الحساب نفسه (مستحسن)
scenario-sprawl = حساب شخصي
scenario-other = حساب عمل تابع لمؤسسة أخرى
scenario-share = مشاركة الاشتراك
node-directory = الدليل: { $name }
directory-contoso = Contoso
directory-personal = شخصي
directory-fabrikam = Fabrikam
user-alex = أليكس
sub-azure = اشتراك Azure
sub-m365 = اشتراك Microsoft 365
new-badge = { $kind ->
   *[other] جديد
}
figure-rule = القاعدة: يُضاف الاشتراك إلى دليل المستخدم الذي ينشئه.
figure-unsure = لست متأكدًا من الحالة التي تنطبق عليك؟ يعرض الشكل الوضع قبل التسجيل. لمعرفة الدليل الذي يوجد فيه حساب Microsoft 365 الخاص بك، افتح صفحة { $link }.
figure-you = أنت
figure-you-accounts = { $count ->
    [zero] شخص واحد، بلا حسابات
    [one] شخص واحد، حساب واحد
    [two] شخص واحد، حسابان: حساب في كل دليل
    [few] شخص واحد، { $count } حسابات: حساب في كل دليل
    [many] شخص واحد، { $count } حسابًا: حساب في كل دليل
   *[other] شخص واحد، { $count } حساب: حساب في كل دليل
}
account-work = حساب Microsoft 365 الخاص بك
account-personal = حسابك الشخصي
account-other = حساب Fabrikam الخاص بك
note-admin = مسؤول
in-contoso = في دليل Contoso
in-personal = في الدليل الشخصي
in-fabrikam = في دليل Fabrikam
note-created = { $who ->
    [work] أنشأته أنت بحساب Microsoft 365 وتملكه
    [other] أنشأته أنت بحساب Fabrikam وتملكه
   *[personal] أنشأته أنت بحسابك الشخصي وتملكه
}
note-owned-by-directory = يملكه الدليل، ويديره { $managers }
note-shared = لدى { $names } حق الوصول أيضًا (Azure RBAC)
name-in = { $name }، { $where }
name-admin = { $name }، مسؤول
name-new = { $kind ->
   *[other] { $name }، جديد
}
why-directory = { $kind ->
    [organization] دليل مؤسستك: يضم حساب Microsoft 365 الخاص بك وحسابات زملائك واشتراك Microsoft 365.
    [other] دليل مؤسسة أخرى، يضم حساب Fabrikam الخاص بك. لا يضم أحدًا من مستخدمي { $other }، ومسؤولو Fabrikam هم الذين يحددون من يُضاف إليه.
   *[personal] دليل مستقل خاص بحسابك الشخصي، أُنشئ عندما استخدمته للتسجيل في Azure. لا يضم أحدًا من مستخدمي { $other }.
}
why-account = { $who ->
    [work] هذا الحساب موجود { $where }، لذا يُضاف كل ما تنشئه به إلى هذا الدليل أيضًا.
    [personal] هذا الحساب موجود { $where }، وليس في دليل { $other }، لذا يُضاف كل ما تنشئه به إلى هذا الدليل.
    [other] هذا الحساب تابع لمؤسسة أخرى وموجود { $where }، وليس في دليل { $other }، لذا يُضاف كل ما تنشئه به إلى هذا الدليل.
   *[admin] { $name } مسؤول { $where } ويدير اشتراك Microsoft 365.
}
why-access = لدى { $name } أيضًا حق الوصول إلى اشتراك Azure الخاص بك عبر التحكم في الوصول المستند إلى الدور. ولأن { $name } في الدليل نفسه بالفعل، فلا حاجة إلى حساب جديد.
why-subscription = { $who ->
    [work] أنشأته بحساب Microsoft 365 الموجود { $where }، لذا أُضيف إلى هذا الدليل بجوار اشتراك Microsoft 365.
    [personal] أنشأته بحسابك الشخصي الموجود { $where }، لذا أُضيف إلى هذا الدليل، بمعزل عن دليل { $other } واشتراك Microsoft 365 الذي يضمه.
    [other] أنشأته بحساب Fabrikam الموجود { $where }، لذا أُضيف إلى هذا الدليل، وهو دليل مؤسسة أخرى، بمعزل عن دليل { $other } واشتراك Microsoft 365 الذي يضمه.
   *[directory] يملكه الدليل، ويديره { $managers } بصفته مسؤولًا.
}

## The article's points about directories and subscriptions

rules-heading = ضع النقاط التالية في الاعتبار:
rule-created-under = يُنشأ الاشتراك ضمن دليل.
rule-users-belong = ينتمي المستخدمون إلى دلائل.
rule-lands-in = يُضاف الاشتراك إلى دليل المستخدم الذي ينشئه. لذا يرتبط اشتراك Microsoft 365 بالحساب نفسه الذي يرتبط به اشتراك Azure.
rule-azure-owned = اشتراكات Azure مملوكة لمستخدمين أفراد في الدليل.
rule-m365-owned = اشتراكات Microsoft 365 مملوكة للدليل نفسه. ويمكن للمستخدمين الذين لديهم الأذونات المناسبة في الدليل إدارة هذه الاشتراكات.

## Scenario scenes

scene-same-account = عند التسجيل باستخدام حساب Microsoft 365 الخاص بك، يُضاف اشتراك Azure إلى دليل Contoso بجوار اشتراك Microsoft 365، وتعمل حسابات المستخدمين نفسها مع الاشتراكين كليهما.
scene-sprawl-result = عند التسجيل باستخدام حساب آخر، وهو حساب شخصي، يُضاف اشتراك Azure إلى دليل مستقل خاص بذلك الحساب. وبذلك يصبح لديك دليلان، ولا يوجد مستخدمو Contoso في الدليل الجديد: وهذا هو تعدد الحسابات الذي تحذّر منه المقالة.
scene-other-result = عند التسجيل باستخدام حساب عمل تابع لمؤسسة أخرى، يُضاف اشتراك Azure إلى دليل تلك المؤسسة، Fabrikam، وليس إلى دليل Contoso. ولا يوجد مستخدمو Contoso في هذا الدليل، وقد تفقد حق الوصول إلى الاشتراك عندما تغادر تلك المؤسسة.
scene-access-shared = تمنح أليكس حق الوصول إلى اشتراك Azure عبر التحكم في الوصول المستند إلى الدور. أليكس موجود بالفعل في الدليل، لذا لا حاجة إلى حساب جديد. تعرّف على كيفية { $link }.

## Your own case: the guide's own help in step 2 and in the diagram, not the article's text

case-heading = أين سيُضاف اشتراكك؟
case-intro = أدخل العنوانين أو اختر من الخيارات أدناه. هذا توقّع مبني على مجال كل عنوان، وليس استعلامًا فعليًا: ما تُدخله لا يغادر هذه الصفحة أبدًا ولا يُحفظ.
case-m365-label = العنوان الذي تستخدمه لـ Microsoft 365
case-sign-up-label = العنوان الذي ستسجّل به في Azure
case-choices-label = أو اختر الحساب الذي ستسجّل به
case-pick-same = حساب العمل الخاص بي، الذي أستخدمه لـ Microsoft 365
case-pick-other = حساب عمل تابع لمؤسسة أخرى
case-pick-personal = حساب شخصي (مثل outlook.com أو gmail.com أو أي عنوان شخصي آخر)
case-pick-unknown = لست متأكدًا
case-verdict-label = التوقّع:
case-verdict-read = التوقّع لـ { $from } و{ $to }:
case-verdict-likely = على الأرجح الدليل نفسه. عادةً ما ينتمي نطاق onmicrosoft.com الخاص بمستأجر ونطاق يحمل الاسم نفسه، أو نطاق ونطاق فرعي منه، إلى المؤسسة نفسها. تحقّق من ذلك أولًا: سجّل الدخول إلى مدخل Azure وانظر في صفحة «الدلائل + الاشتراكات» (Directories + subscriptions).
case-verdict-same = الدليل نفسه. يُضاف اشتراك Azure إلى دليل مؤسستك بجوار اشتراك Microsoft 365، وتعمل حسابات المستخدمين نفسها مع الاشتراكين كليهما.
case-verdict-personal = دليل جديد. عند التسجيل بعنوان شخصي (مثل outlook.com أو gmail.com أو yahoo.com) تسجّل بحساب Microsoft شخصي يحصل على دليل مستقل خاص به، ويُضاف الاشتراك إليه بمعزل عن مؤسستك ومستخدميها: وهذا هو تعدد الحسابات. سجّل باستخدام حساب Microsoft 365 الخاص بك بدلًا من ذلك.
case-verdict-other = على الأرجح دليل آخر. عادةً ما ينتمي نطاقا عمل مختلفان إلى مؤسستين مختلفتين، ويُضاف الاشتراك إلى دليل المؤسسة التي يُستخدم حسابها في التسجيل. لكن قد يكون لمؤسسة واحدة عدة نطاقات: تحقّق من ذلك في صفحة «الدلائل + الاشتراكات» (Directories + subscriptions) في مدخل Azure، وسجّل باستخدام حساب المؤسسة التي ينبغي أن يكون الاشتراك في دليلها.
case-verdict-unknown = لا يمكن تحديد ذلك من هذه المعلومات. تحقّق أولًا من الدليل الذي يوجد فيه حساب Microsoft 365 الخاص بك: سجّل الدخول به إلى مدخل Azure وانظر في صفحة «الدلائل + الاشتراكات» (Directories + subscriptions).
case-unreadable = { $field ->
    [m365] لا يبدو أن عنوان Microsoft 365 عنوان بريد إلكتروني.
   *[sign-up] لا يبدو أن عنوان التسجيل عنوان بريد إلكتروني.
}
case-table-caption = أين يُضاف اشتراكك
case-table-account = إذا سجّلت باستخدام
case-table-lands = يُضاف إلى
case-table-do = ما يجب فعله
case-lands-same = دليل مؤسستك، بجوار Microsoft 365
case-lands-personal = دليل جديد مستقل خاص به
case-lands-other = دليل المؤسسة الأخرى
case-lands-unknown = لا يمكن تحديده من العنوان
case-do-same = لا شيء آخر: تعمل حسابات المستخدمين نفسها مع الاشتراكين كليهما.
case-do-personal = سجّل باستخدام حساب Microsoft 365 الخاص بك بدلًا من ذلك.
case-do-other = سجّل باستخدام حساب المؤسسة التي ينبغي أن يكون الاشتراك في دليلها.
case-do-unknown = تحقّق أولًا في المدخل، في صفحة «الدلائل + الاشتراكات» (Directories + subscriptions).
