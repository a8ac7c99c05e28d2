//! [`ToolMsg`]: the texts of the on-demand bundle (`ui::seam`), kept apart so the first
//! page load does not carry them: the password checker, the QR demo, the kiosk dialog,
//! the crash notice (static in `index.html`) and the configuration notice's sentences.

use super::catalog::catalog;

catalog! {
    ToolMsg;
    // Texts of the on-demand bundle (`ui::seam`: the password checker, the QR demo, the kiosk dialog),
    // kept apart so the first page load does not carry them.
    // ---- Kiosk dialog, and the notices static in index.html ----------------------
    /// Shown if the app stops working.
    CrashBody => "Something went wrong. Reload the page.", "出了点问题，请重新加载页面。";
    /// The button under it.
    CrashReload => "Reload the page", "重新加载页面";
    /// index.html's `<noscript>` line: what needs JavaScript.
    NoScript => "This page needs JavaScript to take you through the steps, search by error message, check a new password and show the QR code demo.", "本页需要启用 JavaScript，才能一步步带您排查、按错误信息搜索、检查新密码和演示扫码登录。";
    /// index.html's notice when the app cannot run in this browser (boot.js shows it).
    AppUnavailable => "This browser cannot run the search, the password checker or the QR code demo. The questions and fixes below still work.", "此浏览器无法运行搜索、密码检查和扫码登录演示。下面的问题和解决办法仍然可以使用。";
    /// Kiosk: the idle dialog's title.
    KioskTitle => "Are you still there?", "您还在吗？";
    /// Kiosk: the idle dialog's countdown.
    KioskCountdown => "To protect your privacy, everything typed here will be cleared in {seconds} seconds.", "为保护您的隐私，此处输入的所有内容将在 {seconds} 秒后清除。";
    /// Kiosk: the countdown's last second.
    KioskCountdownOne => "To protect your privacy, everything typed here will be cleared in {seconds} second.", "为保护您的隐私，此处输入的所有内容将在 {seconds} 秒后清除。";
    /// Kiosk: keep the session.
    KioskStay => "I'm still here", "我还在";
    // ---- Password checker: #/new-password ------------------------------------
    /// Introduction under the heading.
    PwIntro => "Type the password you want to set. Each of your company's rules is checked as you type, here in your browser: nothing is sent or saved.", "请输入您想设置的新密码。公司的每条密码规则会在您输入时在浏览器内即时检查，不会发送或保存任何内容。";
    /// Label of the email address field.
    PwEmailLabel => "Email address", "邮箱地址";
    /// Hint under the email address field.
    PwEmailHint => "Only used to check that the password does not contain it.", "仅用于检查密码中是否包含邮箱地址。";
    /// Label of the new password field.
    PwNewLabel => "New password", "新密码";
    /// Label of the confirmation field.
    PwConfirmLabel => "Confirm new password", "确认新密码";
    /// The show/hide toggle while the passwords are hidden.
    PwShow => "Show passwords", "显示密码";
    /// The show/hide toggle while the passwords are shown.
    PwHide => "Hide passwords", "隐藏密码";
    /// Screen reader, after the toggle: the passwords are now shown.
    PwShownStatus => "Your passwords are shown", "密码已显示";
    /// Screen reader, after the toggle: the passwords are now hidden.
    PwHiddenStatus => "Your passwords are hidden", "密码已隐藏";
    /// Heading of the checklist.
    PwRulesHeading => "Your company's password rules", "公司密码规则";
    /// Heading of the warnings and advice.
    PwWarningsHeading => "Worth checking", "请注意";
    /// Screen-reader prefix of a met rule.
    PwMarkMet => "Met:", "已满足：";
    /// Screen-reader prefix of an unmet rule.
    PwMarkUnmet => "Not met:", "未满足：";
    /// Screen-reader prefix of a rule that could not be checked.
    PwMarkNotChecked => "Not checked:", "未检查：";
    /// Detail of every rule before anything is typed.
    PwRulePending => "Not checked yet.", "尚未检查。";
    /// The `length` rule.
    PwLengthTitle => "Between {min} and {max} characters", "长度为 {min} 至 {max} 个字符";
    /// Length detail: too short.
    PwLengthShort => "Characters so far: {count}. At least {min} needed.", "目前字符数：{count}。至少需要 {min} 个。";
    /// Length detail: within range.
    PwLengthWithin => "Characters: {count}, within {min}–{max}.", "字符数：{count}，在 {min}–{max} 范围内。";
    /// Length detail: too long.
    PwLengthLong => "Characters: {count}. At most {max} allowed: remove {over}.", "字符数：{count}。最多允许 {max} 个，请删除 {over} 个。";
    /// The `classes` rule.
    PwClassesTitle => "At least {required} of 4 character types", "至少包含 4 类字符中的 {required} 类";
    /// Class name: uppercase.
    PwClassUpper => "uppercase letters", "大写字母";
    /// Class name: lowercase.
    PwClassLower => "lowercase letters", "小写字母";
    /// Class name: digits.
    PwClassDigit => "digits 0–9", "数字 0–9";
    /// Class name: special characters.
    PwClassSpecial => "special characters", "特殊字符";
    /// Separator between items of a list in running text.
    PwListSeparator => ", ", "、";
    /// A list cut short: the listed items, then how many more.
    PwListMore => "{list}, and {more} more", "{list}，另有 {more} 个";
    /// Classes detail: none present yet.
    PwClassesNone => "Types found: none ({required} needed). Add {required} of: {missing}.", "已有类型：无（需要 {required} 类）。请从以下类型中添加 {required} 类：{missing}。";
    /// Classes detail: some present, more needed.
    PwClassesSome => "Types found: {count} ({required} needed): {present}. Add {more} more of: {missing}.", "已有类型：{count} 类（需要 {required} 类）：{present}。请再从以下类型中添加 {more} 类：{missing}。";
    /// Classes detail: enough present.
    PwClassesEnough => "Types found: {count} ({required} needed): {present}.", "已有类型：{count} 类（需要 {required} 类）：{present}。";
    /// Classes: which characters count toward no type.
    PwClassesNote => "Chinese characters and other letters without capitals, and fullwidth digits, count as none of these types.", "汉字等没有大小写之分的文字以及全角数字不属于以上任何类型。";
    /// The `no-email` rule.
    PwEmailTitle => "Does not contain your email address", "不包含您的邮箱地址";
    /// Email detail: no address typed.
    PwEmailNotEntered => "Not checked yet: enter your email address above.", "尚未检查：请在上方输入您的邮箱地址。";
    /// Email detail: clear, local part checked too.
    PwEmailClear => "Contains neither your address nor the part before the @.", "既不包含邮箱地址，也不包含 @ 前面的部分。";
    /// Email detail: clear, local part too short to check on its own.
    PwEmailClearShort => "Does not contain your address.", "不包含您的邮箱地址。";
    /// Email detail: contains the whole address.
    PwEmailContainsAddress => "Contains your email address.", "包含您的邮箱地址。";
    /// Email detail: contains the part before the @.
    PwEmailContainsLocal => "Contains the part of your email address before the @.", "包含邮箱地址中 @ 前面的部分。";
    /// The `no-weak-keyword` rule.
    PwKeywordTitle => "Does not contain a word your company does not allow", "不包含公司禁止使用的词";
    /// Keyword detail: none found.
    PwKeywordClear => "None found.", "未发现。";
    /// Keyword detail: found, passwords shown.
    PwKeywordFound => "Contains “{keyword}”, a word your company does not allow.", "包含“{keyword}”，这是公司禁止使用的词。";
    /// Keyword detail: found, passwords hidden.
    PwKeywordFoundHidden => "Contains a word your company does not allow. Show the passwords to see which.", "包含公司禁止使用的词。显示密码即可查看是哪个词。";
    /// The `match` rule.
    PwMatchTitle => "Both fields match", "两次输入一致";
    /// Match detail: confirmation empty.
    PwMatchEmpty => "Type the new password again in “Confirm new password”.", "请在“确认新密码”中再次输入新密码。";
    /// Match detail: equal.
    PwMatchSame => "The two fields are the same.", "两次输入完全相同。";
    /// Match detail: differ only by surrounding spaces.
    PwMatchSpacing => "They differ only by spaces at the start or end.", "两者仅在开头或结尾的空格上不同。";
    /// Match detail: confirmation still being typed.
    PwMatchIncomplete => "The confirmation is shorter so far: keep typing.", "确认密码目前较短，请继续输入。";
    /// Match detail: differ only in case.
    PwMatchCase => "They differ only in capital and small letters. Is Caps Lock on?", "两者仅在大小写上不同。是否开启了大写锁定？";
    /// Match detail: any other difference.
    PwMatchOther => "The two fields are different.", "两次输入不一致。";
    /// Verdict: every rule met.
    PwVerdictPass => "This password meets your company's rules. You can now set it on your mail system's password page.", "此密码符合公司的全部规则。您现在可以在邮箱系统的修改密码页面设置它。";
    /// Verdict addition: the email rule could not be checked.
    PwVerdictUnchecked => "Enter your email address to check the email rule as well.", "请输入邮箱地址，以便同时检查邮箱规则。";
    /// Verdict: some rule unmet.
    PwVerdictFail => "Not accepted yet: {met} of {total} rules met.", "暂不符合要求：{total} 条规则中已满足 {met} 条。";
    /// Verdict: some rule unmet, and {unchecked} rules could not be checked (left out of {total}).
    PwVerdictFailUnchecked => "Not accepted yet: {met} of {total} rules met, {unchecked} not checked.", "暂不符合要求：{total} 条规则中已满足 {met} 条，另有 {unchecked} 条未检查。";
    /// Verdict before anything is typed.
    PwVerdictPending => "Nothing checked yet: type a new password above.", "尚未检查：请在上方输入新密码。";
    /// Status line under the password field before anything is typed.
    PwStatusPending => "Each rule is checked as you type.", "输入时会逐条检查每条规则。";
    /// Status line: several rules not met yet; {list} is their short names.
    PwStatusLeft => "{count} rules left: {list}.", "还有 {count} 条规则未满足：{list}。";
    /// Status line: one rule not met yet.
    PwStatusLeftOne => "1 rule left: {list}.", "还有 1 条规则未满足：{list}。";
    /// Status line: every rule met.
    PwStatusAllMet => "All rules met.", "已满足全部规则。";
    /// Status line: every rule that could be checked is met; {list} could not be checked.
    PwStatusAllMetUnchecked => "All checked rules met. Not checked: {list}.", "已检查的规则均已满足。未检查：{list}。";
    /// Status line's name of the `length` rule.
    PwStatusLength => "length", "长度";
    /// Status line's name of the `classes` rule.
    PwStatusClasses => "character types", "字符类型";
    /// Status line's name of the `no-email` rule.
    PwStatusEmail => "your email address", "邮箱地址";
    /// Status line's name of the `no-weak-keyword` rule.
    PwStatusKeyword => "a word your company does not allow", "公司禁用词";
    /// Status line's name of the `match` rule.
    PwStatusMatch => "the confirmation", "确认密码";
    /// Warning: Caps Lock.
    PwWarnCaps => "Caps Lock is on.", "大写锁定已开启。";
    /// Warning: invisible characters, listed.
    PwWarnInvisible => "Invisible characters, which the mail system counts like any other: {list}.", "包含不可见字符，邮箱系统会把它们当作普通字符计算：{list}。";
    /// One invisible character.
    PwInvisibleItem => "position {position}: {name} ({code})", "第 {position} 个字符：{name}（{code}）";
    /// Warning: leading spaces.
    PwWarnLeading => "Spaces at the start: {count}. They are easy to leave out when you type the password again.", "开头有空格：{count} 个。再次输入密码时很容易漏掉。";
    /// Warning: trailing spaces.
    PwWarnTrailing => "Spaces at the end: {count}. They are easy to leave out when you type the password again.", "结尾有空格：{count} 个。再次输入密码时很容易漏掉。";
    /// Warning: hard-to-type characters, passwords shown.
    PwWarnHard => "Characters that may be hard to type on another device, such as a phone: {list}.", "包含在其他设备（如手机）上可能难以输入的字符：{list}。";
    /// Warning: hard-to-type characters, passwords hidden.
    PwWarnHardHidden => "Characters that may be hard to type on another device, such as a phone, at {list}. Show the passwords to see them.", "在以下位置包含在其他设备（如手机）上可能难以输入的字符：{list}。显示密码即可查看。";
    /// One hard-to-type character, shown.
    PwHardItem => "position {position}: “{ch}” ({code})", "第 {position} 个字符：“{ch}”（{code}）";
    /// One fullwidth character, shown, with the ASCII one it looks like.
    PwHardItemLookalike => "position {position}: fullwidth “{ch}” ({code}), not the ordinary “{lookalike}”", "第 {position} 个字符：全角“{ch}”（{code}），不是普通的“{lookalike}”";
    /// One hard-to-type character, hidden.
    PwHardItemHidden => "position {position}", "第 {position} 个字符";
    /// Advice: a longer passphrase.
    PwAdvicePassphrase => "Tip: a passphrase of {recommended} or more characters, such as a few unrelated words, is stronger and easier to remember than a short, complex password.", "提示：由几个不相关的词组成、长度不少于 {recommended} 个字符的密码短语，比简短复杂的密码更安全，也更好记。";
    /// Short name of the `length` rule, for announcements.
    PwNameLength => "Length", "长度";
    /// Short name of the `classes` rule, for announcements.
    PwNameClasses => "Character types", "字符类型";
    /// Short name of the `no-email` rule, for announcements.
    PwNameEmail => "Email address", "邮箱地址";
    /// Short name of the `no-weak-keyword` rule, for announcements.
    PwNameKeyword => "Disallowed words", "禁用词";
    /// Short name of the `match` rule, for announcements.
    PwNameMatch => "Matching fields", "两次输入一致";
    /// Announcement: a rule became met.
    PwAnnounceMet => "{rule} rule met.", "“{rule}”规则已满足。";
    /// Announcement: a rule became unmet.
    PwAnnounceUnmet => "{rule} rule not met.", "“{rule}”规则未满足。";
    /// Announcement: the verdict became pass.
    PwAnnouncePass => "The password now meets every rule.", "密码现已满足全部规则。";
    /// Announcement: the verdict became fail.
    PwAnnounceFail => "The password no longer meets every rule.", "密码不再满足全部规则。";

    // ---- QR login demo: #/qr-demo and #/qr-confirm/<token> ---------------------
    /// Introduction under the QR demo heading.
    QrIntro => "Try logging in by scanning a code, one step at a time. This is only a demo: nothing here touches your real mailbox.", "一步步体验扫码登录。这只是演示，不会影响您真实的邮箱。";
    /// The visible mark above the code, so nobody mistakes it for a real login.
    QrDemoMark => "DEMO · not a real login", "演示 · 并非真实登录";
    /// Accessible name of the QR code image.
    QrCodeLabel => "Demo QR code. Scanning it opens the phone view of this demo.", "演示二维码，扫描后会打开本演示的手机端页面。";
    /// Shown instead of the code if it cannot be drawn (an extremely long page address).
    QrCodeUnavailable => "The code could not be drawn. Use the phone view link below instead.", "无法生成二维码，请改用下方的手机端页面链接。";
    /// Label of the countdown.
    QrTimeLeft => "Time left", "剩余时间";
    /// Word across an expired code.
    QrOverlayExpired => "Expired", "已过期";
    /// Word across a code that was used to log in.
    QrOverlayConfirmed => "Used", "已使用";
    /// Word across a code whose login was cancelled.
    QrOverlayCancelled => "Cancelled", "已取消";
    /// Word across the code when the account is locked.
    QrOverlayBlocked => "Not available", "不可用";
    /// Status line: waiting for a scan.
    QrStatusPending => "Waiting for a scan. Open the phone view, or press Simulate scan.", "等待扫码。请打开手机端页面，或点击“模拟扫码”。";
    /// Status line: waiting for a scan where no phone view can be opened (a kiosk, or a
    /// browser without BroadcastChannel).
    QrStatusPendingNoPhone => "Waiting for a scan. Press Simulate scan to play the phone's part.", "等待扫码。请点击“模拟扫码”，代替手机完成这一步。";
    /// Status line: scanned, waiting for the phone.
    QrStatusScanned => "Scanned. Now confirm the login on the phone.", "已扫码，请在手机上确认登录。";
    /// Heading of the phone's question shown on the demo page after a simulated scan.
    QrOnScreenHeading => "What your phone would show", "您的手机上会显示";
    /// Status line: confirmed on the phone.
    QrStatusConfirmed => "Confirmed on the phone. In a real login, this computer would now open your mailbox.", "已在手机上确认。真实登录时，这台电脑现在会打开您的邮箱。";
    /// Status line: cancelled on the phone.
    QrStatusCancelled => "Cancelled on the phone. Nobody was logged in.", "已在手机上取消，没有任何设备登录。";
    /// Status line: the code ran out.
    QrStatusExpired => "The code has expired and can no longer be used. Refresh it to get a new one.", "二维码已过期，无法再使用。请刷新以获取新的二维码。";
    /// Status line: the account is locked.
    QrStatusBlocked => "Your account is locked, so logging in by scanning may be refused too. Unlock the account first, then come back.", "您的账号已被锁定，扫码登录也可能被拒绝。请先解除锁定，再回来扫码。";
    /// Link to the phone view.
    QrOpenPhone => "Open phone view", "打开手机端页面";
    /// In place of the phone view link where this browser's tabs cannot talk to each
    /// other (no `BroadcastChannel`); also on a phone view opened there.
    QrNoPhoneView => "This browser cannot connect a phone view to the demo page. Use Simulate scan on the demo page instead.", "此浏览器无法让手机端页面与演示页面相互连接。请在演示页面上点击“模拟扫码”。";
    /// Said after a link that opens a new tab.
    QrNewTab => "(opens in a new tab)", "（在新标签页中打开）";
    /// Button that scans the code without a second tab.
    QrSimulateScan => "Simulate scan", "模拟扫码";
    /// Button that replaces the code with a new one.
    QrRefresh => "Refresh QR code", "刷新二维码";
    /// Button shown while blocked, once the visitor has unlocked the account.
    QrUnlocked => "My account is unlocked now", "我的账号已解锁";
    /// Screen reader: a new code replaced the old one.
    QrSayNewCode => "New QR code. It is valid for {time}.", "已生成新的二维码，有效期 {time}。";
    /// Screen reader: time left at 1:00, 0:30 and 0:10.
    QrSayTimeLeft => "{time} left to scan the code.", "扫码剩余时间：{time}。";
    /// Exactly one minute.
    QrMinuteOne => "1 minute", "1 分钟";
    /// Several minutes.
    QrMinutes => "{n} minutes", "{n} 分钟";
    /// Exactly one second.
    QrSecondOne => "1 second", "1 秒";
    /// Several seconds.
    QrSeconds => "{n} seconds", "{n} 秒";
    /// Minutes followed by seconds.
    QrMinutesSeconds => "{minutes} {seconds}", "{minutes}{seconds}";
    /// Heading of the steps around the code.
    QrStepsHeading => "How scan login works", "扫码登录怎么用";
    /// Step: the app.
    QrStepApp => "Install the Alibaba Mail app on your phone and update it to the latest version.", "在手机上安装阿里邮箱 App，并更新到最新版本。";
    /// Step: logged in to the app.
    QrStepLoggedIn => "Log in to the app with your work mailbox first. Only an app that is already logged in can approve a scan.", "先用工作邮箱登录 App。只有已登录的 App 才能确认扫码。";
    /// Step: the Code scanning entry.
    QrStepEntry => "On the computer, open your company's mail login page and switch to the Code scanning entry. A QR code appears.", "在电脑上打开公司邮箱登录页，切换到“扫码登录”入口，页面会显示二维码。";
    /// Step: scan and confirm.
    QrStepScan => "Scan the code with the app, check that you started this login yourself, and confirm on the phone.", "用 App 扫描二维码，确认是您本人发起的登录后，在手机上点击确认。";
    /// Heading: when the code runs out.
    QrExpiryHeading => "When the code runs out", "二维码过期怎么办";
    /// What to do when the code runs out; {time} is the validity in words.
    QrExpiryBody => "Each code works for {time} only, so a photo of it is useless later. When the time is up, reload the login page (here: Refresh QR code) and scan the new code.", "每个二维码只在 {time}内有效，过后即使被拍下也无法使用。时间到了，请重新加载登录页（本演示中点击“刷新二维码”），再扫描新的二维码。";
    /// Heading: when the account is locked.
    QrLockedHeading => "When the account is locked", "账号被锁定时";
    /// Why a locked account may not be able to scan.
    QrLockedBody => "After too many wrong passwords the account is locked for a while, and the lock can stop scan login as well. Wait for it to lift (about an hour) or ask your mail administrator to unlock the account, then scan again.", "多次输错密码后，账号会被暂时锁定，锁定期间扫码登录也可能无法使用。请等待锁定自动解除（约一小时），或请邮箱管理员解锁，然后再扫码。";
    /// Link to the QR login help page.
    QrHelpLink => "Read the help page about QR login", "查看扫码登录帮助";
    /// Heading of the phone view.
    QrPhoneHeading => "Phone view (demo)", "手机端（演示）";
    /// Phone view: waiting for the QR tab's answer.
    QrPhoneChecking => "Checking the code with the other device…", "正在与另一台设备核对二维码…";
    /// Phone view: the question; {company} is the company name.
    QrPhoneQuestion => "Log in to {company} mail on the other device?", "要在另一台设备上登录{company}邮箱吗？";
    /// Phone view: the warning under the question.
    QrPhoneWarning => "Only confirm if you started this login yourself and can see the other screen.", "只有在您本人发起登录、并且能看到另一块屏幕时，才点击确认。";
    /// Phone view: confirm button.
    QrConfirm => "Confirm", "确认";
    /// Phone view: cancel button.
    QrCancel => "Cancel", "取消";
    /// Phone view: the choice is on its way.
    QrPhoneSending => "Sending your answer…", "正在发送您的选择…";
    /// Phone view: confirmed.
    QrPhoneConfirmed => "Login confirmed. In this demo, the other device is now logged in.", "已确认登录。在本演示中，另一台设备现已登录。";
    /// Phone view: cancelled.
    QrPhoneCancelled => "Login cancelled. The other device was not logged in.", "已取消登录，另一台设备未登录。";
    /// Phone view: expired, unknown or used code.
    QrPhoneExpired => "This code has expired", "此二维码已过期";
    /// Phone view: what to do about an expired code.
    QrPhoneExpiredHint => "Get a new code on the other device and scan it again.", "请在另一台设备上获取新的二维码，然后重新扫描。";


    // ---- Configuration problems, listed by the main page's notice -------------
    /// Config could not be fetched.
    ConfigUnavailable => "The settings file config.json could not be loaded ({detail}).", "无法加载设置文件 config.json（{detail}）。";
    /// Config is not valid JSON.
    ConfigMalformed => "The settings file is not valid JSON: {detail}.", "设置文件不是有效的 JSON：{detail}。";
    /// Config top level is not an object.
    ConfigNotObject => "The settings file must contain a JSON object ({ … }).", "设置文件必须是一个 JSON 对象（{ … }）。";
    /// Config larger than allowed.
    ConfigTooLarge => "The settings file is larger than {limit} and was ignored.", "设置文件超过 {limit}，已忽略。";
    /// Field of the wrong JSON type.
    ConfigWrongType => "Setting “{field}” should be {expected}.", "设置项“{field}”应为{expected}。";
    /// Field with an unacceptable value.
    ConfigInvalid => "Setting “{field}” is not valid: {reason}.", "设置项“{field}”无效：{reason}。";
    /// Unknown field.
    ConfigUnknown => "Setting “{field}” is not recognised and was ignored.", "无法识别设置项“{field}”，已忽略。";
    /// Expected type: text.
    TypeText => "text", "文本";
    /// Expected type: whole number.
    TypeNumber => "a whole number", "整数";
    /// Expected type: true/false.
    TypeBool => "true or false", "true 或 false";
    /// Expected type: list.
    TypeList => "a list", "列表";
    /// Expected type: object.
    TypeObject => "an object", "对象";
    /// Reason: empty text.
    ReasonEmpty => "it is empty", "内容为空";
    /// Reason: text too long.
    ReasonTooLong => "it is longer than {max} characters", "长度超过 {max} 个字符";
    /// Reason: control or bidi characters.
    ReasonControlChars => "it contains control or text-direction characters", "包含控制字符或文字方向控制字符";
    /// Reason: not an https URL.
    ReasonNotHttps => "it must be an https:// address", "必须是 https:// 开头的地址";
    /// Reason: not mailto/https.
    ReasonNotMailtoOrHttps => "it must be a mailto: or https:// address", "必须是 mailto: 或 https:// 开头的地址";
    /// Reason: malformed domain.
    ReasonBadDomain => "it is not a plain domain name such as example.com (use the punycode form for non-Latin names)", "不是 example.com 这样的域名（非拉丁字符域名请使用 punycode 形式）";
    /// Reason: malformed URL.
    ReasonBadUrl => "it is not a well-formed address", "地址格式不正确";
    /// Reason: number out of range.
    ReasonOutOfRange => "it must be between {min} and {max}", "必须介于 {min} 与 {max} 之间";
    /// Reason: min above max.
    ReasonMinAboveMax => "the minimum length is greater than the maximum", "最小长度大于最大长度";
    /// Reason: too many items.
    ReasonTooMany => "it has more than {max} entries; only the first {max} are used", "条目超过 {max} 个，只使用前 {max} 个";
    /// Reason: an entry of a list is empty.
    ReasonEmptyEntry => "entry {index} is empty and was skipped", "第 {index} 项为空，已跳过";
    /// Invalid: a weak keyword repeating an earlier one once case and width are ignored.
    ReasonDuplicateEntry => "entry {index} is the same keyword as entry {first} (letter case and full-width letters do not count) and was skipped", "第 {index} 项与第 {first} 项是同一个关键词（不区分大小写和全角半角），已跳过";
    /// Reason: not an origin.
    ReasonBadOrigin => "entry {index} is not an origin such as https://help.example.com", "第 {index} 项不是 https://help.example.com 这样的来源地址";
    /// Reason: unsupported locale.
    ReasonBadLocale => "use \"en\" or \"zh-CN\"", "请使用 \"en\" 或 \"zh-CN\"";
    /// Reason: not a colour we read.
    ReasonBadColor => "use a hex colour such as #0b5cad or #fff", "请使用 #0b5cad 或 #fff 这样的十六进制颜色";
    /// Reason: translucent colour.
    ReasonTranslucentColor => "the colour must be fully opaque", "颜色必须完全不透明";
    /// Reason: contrast too low.
    ReasonLowContrast => "text would be hard to read ({ratio}:1; at least 4.5:1 is needed)", "文字难以看清（对比度 {ratio}:1，至少需要 4.5:1）";
    /// Reason: bad radius.
    ReasonBadRadius => "use a radius such as 6px (0 to 32px) or 0.5rem (up to 2rem)", "请使用 6px（0 至 32px）或 0.5rem（不超过 2rem）这样的圆角";
    /// Reason: bad font stack.
    ReasonBadFont => "use font names separated by commas, such as \"Noto Sans SC\", sans-serif", "请用逗号分隔字体名称，例如 \"Noto Sans SC\", sans-serif";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Locale;

    #[test]
    fn the_static_notices_say_what_the_catalog_says() {
        // index.html holds the notices boot.js shows when the app stops working or cannot
        // start, and the line shown without JavaScript.
        let html = include_str!("../../../index.html");
        for msg in [
            ToolMsg::CrashBody,
            ToolMsg::CrashReload,
            ToolMsg::NoScript,
            ToolMsg::AppUnavailable,
        ] {
            for locale in Locale::ALL {
                assert!(html.contains(msg.text(locale)), "{msg:?} in {locale:?}");
            }
        }
    }
}
