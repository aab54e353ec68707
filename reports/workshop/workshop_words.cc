// The workshop pack's words (workshop_words.h), Japanese and English side by side; the table is
// checked at compile time to list every Word in enum order.
#include "workshop/workshop_words.h"

#include "common/word_table.h"

namespace tenken::ws {
namespace {

using Entry = WordEntry<Word>;

constexpr Entry kWords[] = {
    {Word::title, "Workshop pack", "ワークショップ資料"},
    {Word::title_for, "Workshop pack: {}", "ワークショップ資料：{}"},
    {Word::intro_gaps,
     "The cases in this pack are the real incidents behind this organization's gaps: those cited by the rules it "
     "fails (then by those still unanswered), most severe first. Each is told briefly, with its lessons, discussion "
     "questions beside the organization's own answers, and a tabletop exercise. The facilitator's guide is at the end.",
     "この資料の事例は、この組織の不備の背景にある実際のインシデントです。不備となったルール（次いで未回答のルール）が"
     "引く事例を、重大なものから選んでいます。各事例について、概要と教訓、組織自身の回答を添えた話し合いの問い、"
     "机上演習を載せています。最後にファシリテーター向けの進行ガイドがあります。"},
    {Word::intro_chosen,
     "The cases in this pack were chosen for this workshop. Each is told briefly, with its lessons, discussion "
     "questions beside the organization's own answers, and a tabletop exercise. The facilitator's guide is at the end.",
     "この資料の事例は、このワークショップのために選んだものです。各事例について、概要と教訓、組織自身の回答を添えた"
     "話し合いの問い、机上演習を載せています。最後にファシリテーター向けの進行ガイドがあります。"},
    {Word::intro_generic,
     "The cases in this pack were chosen for any organization. Each is told briefly, with its lessons, discussion "
     "questions with room to note the group's own answers, and a tabletop exercise. The facilitator's guide is at the "
     "end.",
     "この資料の事例は、どの組織でも使えるよう選んだものです。各事例について、概要と教訓、参加者自身の回答を書き込める"
     "話し合いの問い、机上演習を載せています。最後にファシリテーター向けの進行ガイドがあります。"},
    {Word::label_organization, "Organization", "組織"},
    {Word::label_sector, "Sector", "分野"},
    {Word::label_assessment_date, "Assessment date", "評価日"},
    {Word::label_cases, "Cases", "事例"},
    {Word::contents_heading, "Contents", "目次"},
    {Word::case_heading, "Case {}: {}", "事例{}：{}"},
    {Word::case_id_source, "{}: {}, case {}", "{}：{} 事例{}"},
    {Word::what_happened, "What happened", "何が起きたか"},
    {Word::why_it_happened, "Why it happened", "なぜ起きたか"},
    {Word::lessons, "Lessons", "教訓"},
    {Word::lesson_line, "{}. {}", "{}. {}"},
    {Word::standing_heading, "Where this organization stands", "この組織の状況"},
    {Word::standing_intro, "The rules behind this case that this organization fails, most severe first:",
     "この事例に関わるルールのうち、この組織が満たしていないもの（重大なものから）："},
    {Word::standing_none, "No rule behind this case fails here.", "この事例に関わるルールで、満たしていないものはありません。"},
    {Word::standing_more_failing, "{} more failing rules are in the gap report.",
     "ほかに満たしていないルールが {} 件あります（ギャップレポートを参照）。"},
    {Word::standing_more_failing_one, "1 more failing rule is in the gap report.",
     "ほかに満たしていないルールが 1 件あります（ギャップレポートを参照）。"},
    {Word::standing_unknown, "{} rules behind this case are not decided yet: they wait for answers.",
     "この事例に関わるルールのうち {} 件は、回答がないためまだ判定できていません。"},
    {Word::standing_unknown_one, "1 rule behind this case is not decided yet: it waits for answers.",
     "この事例に関わるルールのうち 1 件は、回答がないためまだ判定できていません。"},
    {Word::rule_line, "[{}] {}: {} ({})", "［{}］{}：{}（{}）"},
    {Word::discussion, "Discussion", "話し合い"},
    {Word::discussion_answers, "This organization's answers", "この組織の回答"},
    {Word::discussion_write, "Your answers", "自組織の回答"},
    {Word::answer_line, "{} ({}): {}", "{}（{}）：{}"},
    {Word::answer_status_value, "{}: {}", "{}：{}"},
    {Word::answer_comment, "{}; comment: {}", "{}。コメント：{}"},
    {Word::answer_reason, "{} ({})", "{}（{}）"},
    {Word::answer_not_in_result, "no rule of this Result reads it", "この結果のルールは参照していません"},
    {Word::blank_answer, "Answer: ______________________________", "回答：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"},
    {Word::blank_notes, "Notes: ______________________________", "メモ：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"},
    {Word::tabletop, "Tabletop exercise", "机上演習"},
    {Word::tabletop_intro,
     "{} injects, {} minutes. Read each inject aloud, then ask its questions; the group answers as it would act on "
     "the day, with the people and the means it has now.",
     "状況付与{}回、{}分。状況を読み上げてから問いかけ、参加者は今いる人と今ある手段で、その日に実際にとる行動を"
     "答えます。"},
    {Word::inject_heading, "Inject {}: {} ({} min)", "状況付与{}：{}（{}分）"},
    {Word::facilitator_asks, "The facilitator asks", "ファシリテーターの問いかけ"},
    {Word::look_for, "Look for", "着目点"},
    {Word::no_tabletop, "This case has no tabletop exercise yet; spend the time on the discussion.",
     "この事例にはまだ机上演習がありません。その時間は話し合いに充ててください。"},
    {Word::guide_heading, "Facilitator's guide", "ファシリテーター向け進行ガイド"},
    {Word::purpose, "Purpose", "目的"},
    {Word::purpose_org,
     "To walk {} through {} real incidents that its answers leave it open to, find where its practice would fail on "
     "the day, and agree on actions, each with an owner and a date.",
     "{}の回答から見て起こりうる実際のインシデント{}件をたどり、その日に実務がどこで行き詰まるかを見つけ、担当者と"
     "期日のある対策に合意すること。"},
    {Word::purpose_generic,
     "To walk the group through {} real incidents, find where its own practice would fail on the day, and agree on "
     "actions, each with an owner and a date.",
     "実際のインシデント{}件をたどり、自組織の実務がその日にどこで行き詰まるかを見つけ、担当者と期日のある対策に合意"
     "すること。"},
    {Word::attend, "Who should attend", "参加者"},
    {Word::role_facilitator, "Facilitator: runs the session and keeps time; asks, does not judge.",
     "ファシリテーター：進行と時間管理を担い、問いかけはしても評価はしない。"},
    {Word::role_note_taker, "Note-taker: records decisions, gaps and actions in the debrief template.",
     "記録係：決めたこと、課題、対策を振り返りシートに記録する。"},
    {Word::role_it, "The administrators of the servers, network and backups.",
     "サーバー、ネットワーク、バックアップの管理者。"},
    {Word::role_security, "The information security lead (CISO or deputy).",
     "情報セキュリティの責任者（CISO またはその代理）。"},
    {Word::role_management,
     "A manager who can decide on spending, on stopping a service and on reporting to the authorities.",
     "費用の支出、サービスの停止、所管省庁への報告を決められる管理職。"},
    {Word::role_business, "The lead of the service or business an incident would hit.",
     "インシデントの影響を受けるサービス・業務の責任者。"},
    {Word::role_contractor, "The contact at the maintenance contractor or outsourcer, where systems are run by one.",
     "システムを委託している場合は、保守事業者・委託先の担当者。"},
    {Word::role_communications, "Optional: public relations and legal.", "任意：広報、法務。"},
    {Word::agenda, "Agenda", "進行表"},
    {Word::column_time, "Time", "時間"},
    {Word::column_item, "Item", "内容"},
    {Word::column_minutes, "Minutes", "分"},
    {Word::agenda_intro, "Introduction: purpose, ground rules, how the cases were chosen",
     "導入：目的、進め方のルール、事例を選んだ理由"},
    {Word::agenda_briefing, "Case {}: what happened, why, the lessons", "事例{}：概要、原因、教訓"},
    {Word::agenda_discussion, "Case {}: discussion", "事例{}：話し合い"},
    {Word::agenda_inject, "Case {}, inject {}: {}", "事例{} 状況付与{}：{}"},
    {Word::agenda_break, "Break", "休憩"},
    {Word::agenda_debrief, "Debrief: what went well, gaps found, actions", "振り返り：うまくいったこと、課題、対策"},
    {Word::agenda_total, "Total: {}", "合計：{}"},
    {Word::duration, "{} h {} min", "{}時間{}分"},
    {Word::duration_minutes, "{} min", "{}分"},
    {Word::running_injects, "Running the injects", "状況付与の進め方"},
    {Word::run_1, "Read the inject aloud as written, and give the time it is in the story.",
     "状況は書いてあるとおりに読み上げ、物語の中の時刻を伝える。"},
    {Word::run_2, "Ask the questions in order; let the people whose job it would be answer first.",
     "問いは順に投げかけ、その役割を担う人に先に答えてもらう。"},
    {Word::run_3,
     "Ask what would really happen, with today's people, contacts and tools, not what a policy says should happen.",
     "規程上どうなっているかではなく、今いる人、今ある連絡先と手段で実際にどうなるかを尋ねる。"},
    {Word::run_4,
     "Keep \"look for\" to yourself; when the group misses a point, ask one more question rather than tell.",
     "着目点は参加者に見せない。見落としがあれば、答えを教えるのではなく問いをもう一つ重ねる。"},
    {Word::run_5, "Stop at the time given; note what was not settled as a gap, and move to the next inject.",
     "時間が来たら打ち切る。決まらなかったことは課題として記録し、次の状況に進む。"},
    {Word::ground_rules, "Ground rules", "進め方のルール"},
    {Word::rule_1, "No blame: we look for gaps in how we work, not for people at fault.",
     "責めない：探すのは仕組みの穴であって、個人の落ち度ではない。"},
    {Word::rule_2, "Answer with what we have today, not with what we plan to have.",
     "今あるもので答える：予定している対策は、まだないものとして扱う。"},
    {Word::rule_3, "\"I don't know\" is a good answer: it becomes an action.",
     "「わからない」は良い答え：そのまま対策の項目になる。"},
    {Word::rule_4, "Everyone speaks; the most senior person speaks last.",
     "全員が発言する。役職の最も高い人は最後に話す。"},
    {Word::rule_5, "What is said here stays here; the findings and actions are shared.",
     "発言はこの場限りとし、共有するのは見つかった課題と対策だけにする。"},
    {Word::debrief, "Debrief template", "振り返りシート"},
    {Word::debrief_went_well, "What went well", "うまくいったこと"},
    {Word::debrief_gaps, "Gaps found", "見つかった課題"},
    {Word::column_action, "Action", "対策"},
    {Word::column_owner, "Owner", "担当者"},
    {Word::column_due, "Due date", "期日"},
};
static_assert(lists_every_word_in_order(kWords), "list every Word once, in the enum's order");

}  // namespace

const char* word(Word w, Lang lang) { return word_in(kWords, w, lang); }

}  // namespace tenken::ws
