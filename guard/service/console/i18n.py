"""Every string of the review console, in Chinese (the default) and English, in one catalogue.

Templates call `t(key)`; `?lang=en` (or `zh`) switches and is remembered in a cookie. A missing
key fails loudly in the tests (`KeyError`), never shows a key name to a reviewer.
"""
from __future__ import annotations

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
LANG_COOKIE = "guard_console_lang"

CATALOGUE: dict[str, tuple[str, str]] = {
    # (zh, en)
    "title": ("合规审核台", "Compliance review console"),
    "nav.queue": ("待审队列", "Queue"),
    "nav.rules": ("规则质量", "Rule quality"),
    "nav.signout": ("退出", "Sign out"),
    "nav.lang": ("English", "中文"),
    "signin.title": ("登录审核台", "Sign in to the review console"),
    "signin.key": ("审核员密钥", "Reviewer key"),
    "signin.submit": ("登录", "Sign in"),
    "signin.help": ("使用为你签发的 compliance 角色 API 密钥登录；密钥不会被保存，登录后使用会话。",
                    "Sign in with the compliance API key issued to you; the key is not kept, a session is."),
    "signin.bad_key": ("密钥无效。", "Unknown key."),
    "signin.wrong_role": ("该密钥的角色不能登录审核台：只有 compliance（合规）或 admin 密钥可以。chat 和 dispatch 密钥用于系统对接。",
                          "This key's role may not use the console: only compliance or admin keys may. chat and dispatch keys are for systems."),
    "signin.expired": ("登录表单已过期，请重试。", "The sign-in form expired; please try again."),
    "signin.signed_in_as": ("当前审核员", "Signed in as"),
    "error.csrf": ("请求无法验证（CSRF 令牌缺失或错误），请刷新页面后重试。",
                   "The request could not be verified (missing or wrong CSRF token); reload the page and try again."),
    "error.not_found": ("没有这条记录。", "No such entry."),
    "error.bad_filter": ("筛选条件无效：", "Invalid filter: "),
    "error.claimed": ("该条目正由其他审核员处理，暂不能操作。", "Another reviewer is working on this entry; you cannot act on it now."),
    "error.bad_action": ("无效的审核操作。", "Invalid review action."),
    "error.none_selected": ("没有选择条目。", "No entries selected."),
    "error.unavailable": ("数据库暂时不可用，请稍后重试。", "The database is unavailable for now; try again shortly."),
    "queue.title": ("待审队列", "Review queue"),
    "queue.waiting": ("待审", "waiting"),
    "queue.matching": ("符合条件", "matching"),
    "queue.overdue": ("超时", "overdue"),
    "queue.claimed_by": ("处理中：", "claimed by "),
    "queue.empty": ("没有符合条件的条目。", "Nothing matches."),
    "queue.export": ("导出 CSV", "Export CSV"),
    "queue.prev_page": ("上一页", "Previous page"),
    "queue.next_page": ("下一页", "Next page"),
    "queue.page": ("页", "page"),
    "queue.select": ("选择", "Select"),
    "queue.bulk_done": ("已处理", "Reviewed:"),
    "queue.bulk_skipped": ("他人处理中、已跳过", "held by others, skipped:"),
    "queue.bulk": ("批量处理所选条目（逐条记录审计）", "Act on the selected entries (each audited)"),
    "filter.agent": ("客服", "Agent"),
    "filter.rule": ("规则", "Rule"),
    "filter.severity": ("严重度", "Severity"),
    "filter.status": ("状态", "Status"),
    "filter.min_conf": ("最低置信度", "Min confidence"),
    "filter.max_conf": ("最高置信度", "Max confidence"),
    "filter.since": ("起始日期", "From"),
    "filter.until": ("截止日期（不含）", "Until (excl.)"),
    "filter.any": ("全部", "any"),
    "filter.apply": ("筛选", "Filter"),
    "filter.reset": ("重置", "Reset"),
    "col.age": ("等待", "Age"),
    "col.created": ("记录时间", "Logged"),
    "col.excerpt": ("摘录", "Excerpt"),
    "col.confidence": ("置信度", "Confidence"),
    "col.target": ("目标", "target"),
    "status.open": ("待审", "open"),
    "status.confirmed": ("已确认", "confirmed"),
    "status.dismissed": ("已驳回", "dismissed"),
    "status.disputed": ("申诉中", "disputed"),
    # the scorer's name for a dispute left undecided past the review time (its provisional weight lapsed)
    "status.lapsed": ("申诉超时", "dispute lapsed"),
    "severity.low": ("低", "low"),
    "severity.medium": ("中", "medium"),
    "severity.high": ("高", "high"),
    "severity.critical": ("严重", "critical"),
    "action.confirmed": ("确认违规", "Confirm"),
    "action.dismissed": ("驳回（误报）", "Dismiss"),
    "action.disputed": ("标记申诉", "Dispute"),
    "action.note": ("备注", "Note"),
    "action.submit": ("提交并进入下一条", "Submit and go to next"),
    "item.title": ("违规条目", "Violation"),
    "item.context": ("会话上下文（已脱敏）", "Conversation context (masked)"),
    "item.message": ("客服消息（已脱敏，证据高亮）", "Agent message (masked, evidence highlighted)"),
    "item.why": ("触发原因", "Why it fired"),
    "item.basis": ("依据", "Basis"),
    "item.evidence": ("证据", "Evidence"),
    "item.blocks": ("被排除的命中", "Hits that were blocked"),
    "item.notes": ("会话说明", "Conversation notes"),
    "item.words": ("词", "words"),
    "item.history": ("该客服近期记录", "The agent's recent history"),
    "item.audit": ("审计记录", "Audit trail"),
    "item.audit_empty": ("尚无审核。", "Not reviewed yet."),
    "item.claimed_by_you": ("你已认领此条目，至", "You hold this entry until"),
    "item.claimed_by_other": ("此条目由其他审核员认领，至", "Another reviewer holds this entry until"),
    "item.prev": ("上一条", "Previous"),
    "item.next": ("下一条", "Next"),
    "item.back": ("返回队列", "Back to the queue"),
    "item.sender.buyer": ("买家", "buyer"),
    "item.sender.agent": ("客服", "agent"),
    "audit.when": ("时间", "When"),
    "audit.who": ("审核员", "Who"),
    "audit.change": ("状态变化", "From → to"),
    "audit.note": ("备注", "Note"),
    "keys.title": ("快捷键", "Keyboard shortcuts"),
    "keys.jk": ("j / k：下一条 / 上一条", "j / k: next / previous"),
    "keys.open": ("Enter：打开所选条目", "Enter: open the selected entry"),
    "keys.x": ("x：勾选当前条目", "x: select the current entry"),
    "keys.cdp": ("c / d / p：确认 / 驳回 / 申诉", "c / d / p: confirm / dismiss / dispute"),
    "keys.n": ("n：填写备注", "n: write a note"),
    "keys.submit": ("Enter 或 Ctrl+Enter：提交并进入下一条", "Enter or Ctrl+Enter: submit and go to next"),
    "agent.title": ("客服", "Agent"),
    "agent.standing": ("当前等级", "Standing"),
    "agent.score": ("分数", "Score"),
    "agent.tier": ("等级", "Tier"),
    "agent.cap": ("每日抢单上限", "Daily grab cap"),
    "agent.recovery": ("恢复", "Recovery"),
    "agent.recovery_none": ("无需恢复。", "Nothing to recover."),
    "agent.costs": ("扣分最多的记录", "Entries that cost the most"),
    "agent.cost_points": ("扣分", "points"),
    "agent.cost_score": ("影响分数", "score cost"),
    "agent.chart": ("近 90 天分数", "Score over the last 90 days"),
    "agent.violations": ("违规记录", "Violations"),
    "agent.unknown": ("没有这个客服的记录。", "Nothing is known about this agent."),
    "rules.title": ("规则质量", "Rule quality"),
    "rules.help": ("每条规则被审核员确认的比例：比例低的规则误报多，需要改进检测。",
                   "How often reviewers confirm each rule: a low rate means false alarms; the detector needs work there."),
    "rules.logged": ("记录数", "Logged"),
    "rules.reviewed": ("已审", "Reviewed"),
    "rules.confirmed": ("确认", "Confirmed"),
    "rules.dismissed": ("驳回", "Dismissed"),
    "rules.rate": ("确认率", "Confirmation rate"),
    "rules.scorer_rate": ("评分用比例", "Rate the scorer uses"),
    "rules.weeks": ("近 12 周确认率（每周）", "Confirmation rate by week (last 12)"),
    "common.none": ("—", "—"),
    "common.hours": ("小时", "h"),
    "common.days": ("天", "d"),
}


def language(requested: str | None, remembered: str | None) -> str:
    for choice in (requested, remembered):
        if choice in LANGUAGES:
            return choice
    return DEFAULT_LANGUAGE


def translator(lang: str):
    index = LANGUAGES.index(lang)

    def t(key: str) -> str:
        return CATALOGUE[key][index]

    return t
