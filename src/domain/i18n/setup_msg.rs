//! [`SetupMsg`]: the texts of the company's setup page (`setup.html`), which visitors of
//! the assistant never load: each field's label and rule, the groups' headings.
//! `{min}`, `{max}`, `{default}` and `{limit}` are filled from the configuration's own
//! ranges and defaults (`domain::setup::Field::rule_text`), never written here.

use super::catalog::catalog;

catalog! {
    SetupMsg;
    // ---- The page ----------------------------------------------------------------
    /// The document title and heading.
    Title => "Set up the Mail Recovery Assistant", "设置邮箱登录恢复助手";
    /// Under the heading.
    Intro => "Fill in what your company needs; each field is checked as you type by the same rules the assistant applies. Nothing you enter leaves this page: download config.json and put it beside the assistant's index.html.", "填写公司需要的设置；每个字段都会在输入时按助手本身的规则即时检查。您输入的内容不会离开本页：下载 config.json，放在助手的 index.html 旁边即可。";
    /// The language switch (names the other language).
    SwitchLanguage => "中文", "English";
    /// Heading of the section that starts from an existing file.
    OpenHeading => "Start from an existing config.json", "从现有的 config.json 开始";
    /// The file input's label.
    OpenFile => "Open a file from this computer", "打开本机上的文件";
    /// The button that loads the deployed file.
    LoadDeployed => "Load the config.json deployed beside the assistant", "加载与助手部署在一起的 config.json";
    /// After loading, until the next edit.
    Opened => "Showing the problems the assistant would report for this file. Edit any field to check your changes instead.", "正在显示助手对此文件会报告的问题。修改任一字段后，将改为检查您的修改。";
    /// The deployed file could not be fetched.
    LoadFailed => "The deployed config.json could not be loaded: {detail}", "无法加载已部署的 config.json：{detail}";
    /// Heading of the result.
    OutputHeading => "Your config.json", "您的 config.json";
    /// Under it.
    OutputHint => "Only the settings that differ from the defaults are written.", "只写入与默认值不同的设置。";
    /// Download button.
    Download => "Download config.json", "下载 config.json";
    /// When the form is clean.
    NoProblems => "No problems: the assistant will read every setting as entered.", "没有问题：助手会按填写内容读取每一项设置。";
    /// Before the count of problems.
    ProblemsHeading => "To fix before you download", "下载前请先修正";
    /// Fields the assistant does not know.
    UnknownHeading => "Fields the assistant does not know (they are ignored)", "助手不认识的字段（会被忽略）";
    /// Keyword count.
    KeywordCount => "{count} of {limit} keywords", "共 {count} 个关键词，上限 {limit} 个";
    /// An empty keyword line.
    KeywordEmptyLine => "Line {line} is empty.", "第 {line} 行为空。";
    /// A repeated keyword line.
    KeywordDuplicate => "Line {line} repeats line {first} (letter case and full-width letters do not count).", "第 {line} 行与第 {first} 行重复（不区分大小写和全角半角）。";
    /// Too many keywords.
    KeywordTooMany => "Alibaba Mail allows at most {limit} keywords.", "阿里邮箱最多允许 {limit} 个关键词。";
    /// Contrast of white text on the main colour.
    ContrastMain => "White text on the main colour: {ratio}:1", "主色上的白色文字：{ratio}:1";
    /// Contrast of the text on the background.
    ContrastBody => "Text on the background: {ratio}:1", "背景上的文字：{ratio}:1";
    /// A readable pair.
    ContrastOk => "readable", "清晰可读";
    /// An unreadable pair.
    ContrastLow => "too low: at least 4.5:1 is needed", "太低：至少需要 4.5:1";
    /// Heading of the embedding snippets.
    EmbedHeading => "Embed it in your help page", "嵌入公司帮助页面";
    /// The assistant's address field.
    AssistantUrl => "The assistant's address", "助手的访问地址";
    /// Under it.
    AssistantUrlHint => "Where index.html is served, starting with https://.", "index.html 所在的地址，以 https:// 开头。";
    /// The iframe snippet's label.
    SnippetLabel => "Paste into your help page", "粘贴到帮助页面中";
    /// The CSP line's label.
    CspLabel => "Send this header with the assistant's files", "让服务器在提供助手文件时发送此响应头";
    /// Copy button.
    Copy => "Copy", "复制";
    /// After copying.
    Copied => "Copied.", "已复制。";
    /// Copy failed.
    CopyFailed => "Your browser did not allow copying: select the text and copy it.", "浏览器不允许复制：请选中文字后手动复制。";
    /// A switch's on state.
    On => "On", "开启";
    /// Under the file input: the page also takes a dropped file.
    DropHint => "Or drop a config.json file anywhere on this page.", "也可以把 config.json 文件拖放到本页任意位置。";
    /// Shown while a file is dragged over the page.
    DropHere => "Drop the file to open it.", "松开鼠标即可打开文件。";
    /// Heading of the theme sample.
    ThemeSampleHeading => "How the colours look", "颜色效果";
    /// Caption of the light sample.
    ThemeLight => "Light theme", "浅色主题";
    /// Caption of the dark sample.
    ThemeDark => "Dark theme (when the visitor's system is set to dark: the main colour stays, the text and background colours are the assistant's own)", "深色主题（访问者的系统设为深色时：主色不变，文字和背景使用助手自带的颜色）";
    /// The sample's page text.
    SampleText => "Text on the page, and", "页面上的文字，以及";
    /// The sample's link.
    SampleLink => "a link", "一个链接";
    /// The sample's button.
    SampleButton => "Next step", "下一步";
    /// Heading of the live preview.
    PreviewHeading => "Preview", "预览";
    /// Under it.
    PreviewHint => "The assistant deployed beside this page, reading the file above (what Download saves). The preview runs in this browser only: nothing is deployed and no visitor sees it.", "这是与本页部署在一起的助手，读取的是上面的文件（即下载得到的文件）。预览只在本浏览器中运行：不会部署任何内容，访问者也看不到。";
    /// The page chooser.
    PreviewPage => "Page to show", "显示的页面";
    /// The start page, in the chooser.
    PreviewStart => "Start page", "首页";
    /// The password checker, in the chooser.
    PreviewPassword => "New password checker", "新密码检查";
    /// The QR demo, in the chooser.
    PreviewQr => "QR code login demo", "扫码登录演示";
    /// The language chooser.
    PreviewLanguage => "Language of the preview", "预览的语言";
    /// Neither language forced.
    PreviewLangAuto => "As the file and this browser choose", "按文件和本浏览器的设置";
    /// English, in the language chooser (its own name).
    LangEnglish => "English", "English";
    /// Chinese, in the language chooser (its own name).
    LangChinese => "简体中文", "简体中文";
    /// The frame's accessible name.
    PreviewFrameTitle => "Preview of the assistant with this configuration", "使用此配置的助手预览";
    /// Until the preview's worker runs.
    PreviewStarting => "Starting the preview…", "正在启动预览…";
    /// Without service workers.
    PreviewUnavailable => "The preview could not start in this browser: it needs service workers, which browsers allow only on https:// and localhost.", "无法在此浏览器中启动预览：预览需要 Service Worker，而浏览器只在 https:// 和 localhost 下允许使用。";
    // ---- Groups -------------------------------------------------------------------
    /// Group heading: the company's name.
    GroupCompany => "Company", "公司";
    /// Group heading: login address and domain.
    GroupLogin => "Login address and mail domain", "登录地址和邮箱域名";
    /// Group heading: administrator contact.
    GroupContact => "Administrator contact", "管理员联系方式";
    /// Group heading: password policy.
    GroupPolicy => "Password policy", "密码规则";
    /// Group heading: QR login demo.
    GroupQr => "QR login demo", "扫码登录演示";
    /// Group heading: kiosk.
    GroupKiosk => "Help-desk kiosk", "服务台自助终端";
    /// Group heading: embedding.
    GroupEmbedding => "Embedding in your help page", "嵌入公司帮助页面";
    /// Group heading: theme.
    GroupTheme => "Colours and type", "颜色和字体";
    /// Group heading: language.
    GroupLanguage => "Language", "语言";
    // ---- Fields: label, then rule ---------------------------------------------------
    /// Label.
    FieldCompanyName => "Company name", "公司名称";
    /// Rule.
    RuleCompanyName => "Shown in the header and in the steps. Plain text, at most {limit} characters. Default: the words “your company”.", "显示在页头和各步骤中。纯文本，最多 {limit} 个字符。默认：“贵公司”等通用说法。";
    /// Label.
    FieldLoginUrl => "Webmail login address", "网页版邮箱登录地址";
    /// Rule.
    RuleLoginUrl => "The page where employees log in, starting with https://. Default: worked out from the employee's email address.", "员工登录邮箱的页面，必须以 https:// 开头。默认：根据员工输入的邮箱地址推算。";
    /// Label.
    FieldMailDomain => "Mail domain", "邮箱域名";
    /// Rule.
    RuleMailDomain => "The part after the @, such as example.com. Default: none.", "邮箱地址 @ 后面的部分，例如 example.com。默认：无。";
    /// Label.
    FieldAdminContact => "Administrator contact", "管理员联系方式";
    /// Rule.
    RuleAdminContact => "Whom a stuck employee asks: a name, desk or phone number. Plain text, at most {limit} characters. Default: “your IT help desk or mail administrator”.", "员工遇到问题时联系谁：姓名、服务台或电话。纯文本，最多 {limit} 个字符。默认：“IT 服务台或邮箱管理员”。";
    /// Label.
    FieldAdminContactUrl => "Administrator link", "管理员联系链接";
    /// Rule.
    RuleAdminContactUrl => "A mailto: or https: address for the contact. Default: none (the name alone).", "联系人的 mailto: 或 https: 地址。默认：无（只显示名称）。";
    /// Label.
    FieldMinLength => "Shortest password", "密码最短长度";
    /// Rule.
    RuleMinLength => "Characters, {min} to {max}, at most the longest. Default: {default}. Some Alibaba Mail admin pages say 9.", "字符数，{min} 到 {max}，不能超过最长长度。默认：{default}。部分阿里邮箱管理页面写的是 9。";
    /// Label.
    FieldMaxLength => "Longest password", "密码最长长度";
    /// Rule.
    RuleMaxLength => "Characters, {min} to {max}. Default: {default}.", "字符数，{min} 到 {max}。默认：{default}。";
    /// Label.
    FieldRequiredClasses => "Kinds of character required", "至少包含的字符种类数";
    /// Rule.
    RuleRequiredClasses => "Of capitals, small letters, digits and symbols: {min} to {max}. Default: {default}.", "大写字母、小写字母、数字、符号四类中至少几类：{min} 到 {max}。默认：{default}。";
    /// Label.
    FieldWeakKeywords => "Weak-password keywords", "弱密码关键词";
    /// Rule.
    RuleWeakKeywords => "One per line, as set in the Alibaba Mail admin console; at most {limit}. A password may not contain any of them; letter case and full-width letters do not count. Default: none.", "每行一个，与阿里邮箱管理后台中的设置一致；最多 {limit} 个。密码中不能包含其中任何一个；不区分大小写和全角半角。默认：无。";
    /// Label.
    FieldQrValidity => "QR code lifetime (seconds)", "二维码有效期（秒）";
    /// Rule.
    RuleQrValidity => "How long the demo's code stays valid, {min} to {max} seconds. Default: {default} (Alibaba Mail's 5 minutes).", "演示二维码的有效时间，{min} 到 {max} 秒。默认：{default}（与阿里邮箱的 5 分钟一致）。";
    /// Label.
    FieldKioskEnabled => "Kiosk mode", "自助终端模式";
    /// Rule.
    RuleKioskEnabled => "Larger type, addresses as QR codes, and everything cleared when left idle. Default: off.", "字体和按钮更大，地址以二维码显示，闲置后清除所有内容。默认：关闭。";
    /// Label.
    FieldKioskIdle => "Idle time before the warning (seconds)", "闲置多久后提醒（秒）";
    /// Rule.
    RuleKioskIdle => "{min} to {max} seconds. Default: {default}.", "{min} 到 {max} 秒。默认：{default}。";
    /// Label.
    FieldKioskWarning => "Warning countdown (seconds)", "提醒倒计时（秒）";
    /// Rule.
    RuleKioskWarning => "{min} to {max} seconds. Default: {default}.", "{min} 到 {max} 秒。默认：{default}。";
    /// Label.
    FieldParentOrigins => "Pages that may embed the assistant", "可以嵌入本助手的页面";
    /// Rule.
    RuleParentOrigins => "One exact origin per line, such as https://help.example.com (no path). Default: none.", "每行一个确切的源，例如 https://help.example.com（不带路径）。默认：无。";
    /// Label.
    FieldHideHeader => "Hide the header when embedded", "嵌入时隐藏页头";
    /// Rule.
    RuleHideHeader => "Leaves out the product name and tagline inside your page; the language switch stays. Default: off.", "在您的页面中不显示产品名称和标语，语言切换按钮保留。默认：关闭。";
    /// Label.
    FieldPrimaryColor => "Main colour", "主色";
    /// Rule.
    RulePrimaryColor => "#rrggbb, for the header, buttons and links; refused if white text on it is hard to read. Default: the built-in blue.", "#rrggbb 格式，用于页头、按钮和链接；如果白色文字在其上难以阅读则不予采用。默认：内置蓝色。";
    /// Label.
    FieldTextColor => "Text colour", "文字颜色";
    /// Rule.
    RuleTextColor => "#rrggbb; refused if hard to read on the background. Default: the built-in dark grey.", "#rrggbb 格式；如果在背景上难以阅读则不予采用。默认：内置深灰色。";
    /// Label.
    FieldBackgroundColor => "Background colour", "背景颜色";
    /// Rule.
    RuleBackgroundColor => "#rrggbb, for the light theme. Default: white.", "#rrggbb 格式，用于浅色主题。默认：白色。";
    /// Label.
    FieldCornerRadius => "Corner radius", "圆角半径";
    /// Rule.
    RuleCornerRadius => "A length such as 6px or 0.5rem. Default: the built-in corners.", "长度值，例如 6px 或 0.5rem。默认：内置圆角。";
    /// Label.
    FieldFontFamily => "Font", "字体";
    /// Rule.
    RuleFontFamily => "A CSS font list, such as \"Noto Sans\", sans-serif. Default: the system's fonts.", "CSS 字体列表，例如 \"Noto Sans\", sans-serif。默认：系统字体。";
    /// Label.
    FieldLocale => "Preferred language", "首选语言";
    /// Rule.
    RuleLocale => "en or zh-CN. A ?lang= in the address and then the browser's languages come first. Default: the browser decides.", "en 或 zh-CN。地址中的 ?lang= 以及浏览器语言优先。默认：由浏览器决定。";
}
