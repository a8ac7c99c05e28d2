//! [`Msg`]: the texts the first page load needs (the shell, the start page and search,
//! the tree's pages, the loading and failure of the on-demand pages).

use super::catalog::catalog;

catalog! {
    // Its Chinese texts travel with the tree's, not in the main bundle (catalog.rs).
    Msg, fetched;
    // ---- App shell -------------------------------------------------------------
    /// Product name, shown in the header and the title.
    ProductName => "Mail Recovery Assistant", "邮箱登录恢复助手";
    /// Short line under the product name.
    Tagline => "Get back into your {company} mailbox", "帮您重新登录{company}企业邮箱";
    /// The header's tagline when the configuration names no company: its own words, as
    /// "公司" filled into the tagline above would read badly.
    TaglineGeneric => "Get back into your company mailbox", "帮您重新登录企业邮箱";
    /// The first link a keyboard reaches.
    SkipToMain => "Skip to main content", "跳到主要内容";
    /// Kiosk: accessible name of an address's QR code.
    KioskScan => "QR code for {url}", "{url} 的二维码";
    /// Kiosk: what to do with the code.
    KioskScanHint => "Scan with your phone's camera to open it there.", "用手机相机扫描，在手机上打开。";
    /// Kiosk: heading for the console address on postmaster pages.
    KioskConsoleHeading => "Open the Alibaba Mail admin console on your phone", "在手机上打开阿里邮箱管理后台";
    /// Kiosk: the same for a page that sends the postmaster to the Alibaba Cloud console.
    KioskCloudConsoleHeading => "Open the Alibaba Cloud Email Console on your phone", "在手机上打开阿里云邮箱控制台";
    /// Stand-in when the config names no company.
    DefaultCompany => "company", "公司";
    /// Footer label before the administrator contact.
    FooterAdmin => "Still stuck? Your mail administrator:", "仍无法解决？请联系邮箱管理员：";
    /// Footer text when no administrator contact is configured.
    FooterAdminUnknown => "Still stuck? Ask your IT help desk or mail administrator (postmaster).", "仍无法解决？请联系公司 IT 服务台或邮箱管理员（postmaster）。";
    /// Footer privacy promise.
    FooterPrivacy => "Everything you type stays on this page. Nothing is sent anywhere.", "您输入的内容只留在本页面，不会发送到任何地方。";
    /// Link back to the start page.
    BackToStart => "Back to the start", "返回首页";
    /// Start page heading.
    StartHeading => "What is stopping you from logging in?", "是什么让您无法登录？";
    /// Start page introduction.
    StartIntro => "Answer a few short questions, or paste the error message you see, and we will show you the fix.", "回答几个简短问题，或粘贴您看到的错误提示，我们会告诉您解决办法。";
    /// Not-found page heading.
    NotFoundHeading => "Page not found", "找不到该页面";
    /// Not-found page body.
    NotFoundBody => "This link does not lead to a step of the assistant. It may be mistyped or out of date.", "此链接不对应助手中的任何步骤，可能输入有误或已过期。";
    /// Shown while the password checker or QR demo, loaded on first use, is on its way.
    ToolLoading => "Loading this page…", "正在加载此页面…";
    /// Shown when that part of the assistant could not be fetched (offline, server gone).
    ToolLoadFailed => "This page could not be loaded. Check your connection, then try again.", "此页面未能加载。请检查网络连接后重试。";
    /// Button that tries to load that part again.
    ToolRetry => "Try again", "重试";

    // ---- Decision tree pages (start page search, questions, outcomes) ----------
    /// Label of the start page's error-message search box.
    SearchLabel => "Search by the error message you see", "按您看到的错误提示搜索";
    /// Hint under the search box.
    SearchHint => "Paste or type the message, for example “System error 209”, then press Enter.", "粘贴或输入提示内容，例如“System error 209”，然后按回车。";
    /// Search button.
    SearchButton => "Find the fix", "查找解决办法";
    /// Heading of the suggestion list.
    SearchSuggestions => "Best matches", "最佳匹配";
    /// Live-region text: number of matches.
    SearchCount => "{count} matching pages. The first one opens when you press Enter.", "找到 {count} 个相关页面，按回车打开第一个。";
    /// Shown when nothing matches.
    SearchNoMatch => "Nothing matches that yet. Try fewer words, or answer the questions below.", "暂无匹配结果。请减少关键词，或回答下面的问题。";
    /// Separator between the search and the questions.
    StartOr => "Or answer a few questions", "或者回答几个问题";
    /// Back link.
    Back => "Back", "返回上一步";
    /// Restart button.
    Restart => "Start again", "重新开始";
    /// Label of the breadcrumb navigation.
    AnswersSoFar => "Your answers so far", "您目前的回答";
    /// Breadcrumb for the start page.
    CrumbStart => "Start", "开始";
    /// Visually hidden label before the quoted error message on an outcome page.
    ErrorYouSee => "The message you see:", "您看到的提示：";
    /// Before the Chinese login page's own wording of the error, confirmed in Alibaba's
    /// Chinese help material: shown in quotation marks.
    ErrorChineseConfirmed => "The Chinese login page says:", "中文登录页的提示：";
    /// Before a Chinese wording of the error that could not be confirmed: shown as a
    /// translation, never in quotation marks.
    ErrorChineseUnconfirmed => "The Chinese login page may word it like this (our translation, not checked against the page):", "中文登录页的提示大致是（译文，未经核实）：";
    /// Heading: what happened.
    WhatHappened => "What happened", "发生了什么";
    /// Heading: why.
    Why => "Why", "原因";
    /// Heading: the fix.
    Steps => "What to do", "解决步骤";
    /// Heading: verification.
    Verify => "Check that it worked", "确认已解决";
    /// Heading: notes.
    GoodToKnow => "Good to know", "补充说明";
    /// Heading: FAQ.
    Faq => "Questions people ask", "常见问题";
    /// Heading: related pages.
    Related => "Related", "相关页面";
    /// Button: copy the summary for the administrator.
    CopySummary => "Copy summary for your administrator", "复制给管理员的情况说明";
    /// Status after copying.
    Copied => "Copied. Paste it into an email or chat to your administrator.", "已复制。请粘贴到发给管理员的邮件或消息中。";
    /// Status when the clipboard is not available.
    CopyManually => "Your browser did not allow copying. Select the text below and copy it.", "浏览器不允许自动复制，请手动选中下面的文字复制。";
    /// Label of the summary text box.
    SummaryLabel => "Summary for your administrator", "给管理员的情况说明";
    /// Print button.
    Print => "Print these steps", "打印这些步骤";
    /// Summary line naming the mailbox the visitor typed.
    SummaryMailbox => "Mailbox: {email}", "邮箱账号：{email}";
    /// Summary line for an employee, whose mail is what does not work.
    SummarySendAnotherWay => "Your mail is what does not work: send this by chat, by phone or from a colleague's mail.", "您的邮箱无法使用：请通过聊天工具、电话或同事的邮箱发送本说明。";
    /// Tag on a search suggestion for a page written for the administrator.
    ForAdministrators => "For administrators", "供管理员使用";
    /// Heading above the admin console's address on an administrator's page.
    ConsoleHeading => "The Alibaba Mail admin console", "阿里邮箱管理后台";
    /// The same for a page whose steps are in the Alibaba Cloud Email Console (the
    /// postmaster's own password, the service, a support ticket).
    CloudConsoleHeading => "The Alibaba Cloud Email Console", "阿里云邮箱控制台";
    /// Label of the email field on pages that work out the login address.
    EmailLabel => "Your email address (optional)", "您的邮箱地址（可选）";
    /// Hint of that email field.
    EmailHint => "We use it only to show your login address. It stays on this page.", "仅用于显示您的登录地址，不会离开本页面。";
    /// Lead-in before the login address worked out from the email.
    LoginAddressIs => "Your login address is probably:", "您的登录地址很可能是：";
    /// Said instead of a login address when the typed email is at another domain.
    LoginAddressForeign => "That address is not at {domain}, your company's mail domain: check it.", "这个地址不属于公司的邮箱域名 {domain}，请检查。";
    /// Lead-in before the configured login address.
    LoginAddressConfigured => "Your company's login address:", "公司的邮箱登录地址：";

    // ---- Titles of the second bundle's pages, shown by the main bundle while they load
    /// Heading of the password checker page.
    PasswordTitle => "Choose a new password", "设置新密码";
    /// Heading of the QR demo page.
    QrTitle => "Scan-to-log-in demo", "扫码登录演示";

    // ---- Config notice ---------------------------------------------------------
    /// Heading of the notice shown when config.json has problems.
    ConfigNoticeHeading => "Some settings could not be used", "部分设置无法使用";
    /// Closing sentence of the config notice.
    ConfigNoticeDefaults => "Built-in defaults are used instead. The assistant works normally.", "已改用内置默认值，助手可正常使用。";
}
