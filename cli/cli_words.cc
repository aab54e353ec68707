// The command line's words (cli_words.h), English and Japanese side by side; the table is checked at
// compile time to list every CliWord in enum order. The English help texts are the ones the e2e
// goldens show; the Japanese ones are written as a Japanese command-line tool would write them.
#include "cli/cli_words.h"

#include <atomic>

#include "reports/common/word_table.h"
#include "tenken/diagnostic.h"

namespace tenken::cli {
namespace {

using W = CliWord;
using Entry = WordEntry<CliWord>;

constexpr Entry kWords[] = {
    // the app and CLI11's headings
    {W::app_description,
     "tenken (点検): self-assessment of infrastructure operators against lessons of real incidents",
     "tenken（点検）：実際のインシデントの教訓に照らした、重要インフラ事業者のセルフアセスメント"},
    {W::help_flag, "Print this help message and exit", "このヘルプを表示して終了する"},
    {W::version_flag, "Display program version information and exit", "バージョンを表示して終了する"},
    {W::opt_lang_messages, "Language of the help and messages: ja or en (default: from the locale)",
     "ヘルプとメッセージの言語：ja または en（既定：ロケールから）"},
    {W::heading_usage, "Usage", "使い方"},
    {W::heading_options_badge, "OPTIONS", "オプション"},
    {W::heading_subcommand_badge, "SUBCOMMAND", "サブコマンド"},
    {W::heading_positionals, "Positionals", "引数"},
    {W::heading_options, "Options", "オプション"},
    {W::heading_subcommands, "Subcommands", "サブコマンド"},
    {W::label_required, "REQUIRED", "必須"},
    // options shared by several subcommands
    {W::opt_rules,
     "Directory of rule or checklist files that add to or override the built-in library (repeatable)",
     "組み込みライブラリに追加する（または置き換える）ルール・チェックリストのファイルのディレクトリ（複数指定可）"},
    {W::opt_checklist, "Checklist file that adds or overrides questions (repeatable)",
     "質問を追加する（または置き換える）チェックリストファイル（複数指定可）"},
    {W::opt_no_builtin, "Use only the --rules and --checklist given, not the built-in library",
     "組み込みライブラリを使わず、--rules と --checklist で指定したものだけを使う"},
    {W::opt_format_report, "Output format, repeatable: FORMAT or FORMAT:PATH, FORMAT one of {} (default: term)",
     "出力形式（複数指定可）：FORMAT または FORMAT:PATH。FORMAT は {} のいずれか（既定：term）"},
    {W::opt_format_plain, "Output format", "出力形式"},
    {W::opt_output_unpathed, "Write the format given without a path to this file",
     "パスを付けずに指定した形式を、このファイルに書き出す"},
    {W::opt_output_comparison, "Write the comparison to this file instead of stdout",
     "比較結果を標準出力ではなく、このファイルに書き出す"},
    {W::opt_lang_plain, "Language (default: from the locale)", "言語（既定：ロケールから）"},
    {W::opt_lang_report, "Language of the report (default: from the locale)", "レポートの言語（既定：ロケールから）"},
    {W::opt_lang_reports, "Language of the reports (default: from the locale)", "レポートの言語（既定：ロケールから）"},
    {W::opt_csv_bom, "Start CSV output with a byte order mark (for Excel)",
     "CSV 出力の先頭にバイトオーダーマークを付ける（Excel 用）"},
    {W::opt_csv_bom_reports, "Start CSV reports with a byte order mark (for Excel)",
     "CSV レポートの先頭にバイトオーダーマークを付ける（Excel 用）"},
    {W::opt_waivers, "Waivers file (YAML, or CSV when it ends in .csv)",
     "免除ファイル（YAML。名前が .csv で終わるときは CSV）"},
    {W::opt_warn_expiring, "Warn about waivers that expire within this many days of the assessment date",
     "評価日からこの日数以内に期限が切れる免除を警告する"},
    {W::opt_quick_listed,
     "Only the questions of the quick first pass, which decide the critical and high-severity rules",
     "簡易診断の質問（重大度が「重大」「高」のルールを判定するもの）だけにする"},
    {W::pos_result_inputs, "Result files (tenken check --format json), or folders of them (*.json)",
     "結果ファイル（tenken check --format json で書き出したもの）、またはそのフォルダー（*.json）"},
    // check, report
    {W::cmd_check, "Evaluate an answer file and report the gaps", "回答ファイルを評価し、不備を報告する"},
    {W::pos_answers, "Answer file (YAML or JSON; CSV when the name ends in .csv; - reads standard input)",
     "回答ファイル（YAML または JSON。名前が .csv で終わるときは CSV。- は標準入力）"},
    {W::opt_fail_on, "Lowest severity whose unwaived failure makes the exit code 2",
     "免除されていない不備があれば終了コードを 2 にする、最も低い重大度"},
    {W::opt_previous,
     "Saved Result of an earlier assessment, drawn beside this one on the HTML report's radar chart",
     "以前の評価の保存した結果（HTML レポートのレーダーチャートに今回の結果と並べて描く）"},
    {W::cmd_report, "Render a saved Result (JSON) again, in other formats",
     "保存した結果（JSON）を、別の形式で出力し直す"},
    {W::pos_result, "Result file written by `tenken check --format json`",
     "`tenken check --format json` で書き出した結果ファイル"},
    // explain, cases
    {W::cmd_explain, "Show a rule: why, what to do, references and its cases",
     "ルールを説明する：理由、対策、参照先、もとになった事例"},
    {W::pos_rule, "Rule id, such as backup-isolated-copy (without it: list the rules)",
     "ルール ID（例：backup-isolated-copy。省略するとルールの一覧）"},
    {W::cmd_cases, "List the incident cases, or tell one with its lessons",
     "インシデント事例の一覧を表示する。ID を指定すると、その事例と教訓を表示する"},
    {W::pos_case, "Case id, such as nisc-2021-06", "事例 ID（例：nisc-2021-06）"},
    {W::opt_coverage, "Print the table case → lesson → rules as Markdown",
     "事例 → 教訓 → ルールの対応表を Markdown で出力する"},
    // lint, test, version
    {W::cmd_lint, "Check a rule library: structure, ids, references, types, coverage",
     "ルールライブラリを検査する：構造、ID、参照、型、網羅性"},
    {W::pos_lint_dirs, "Directories of rule and checklist files (default: the built-in library)",
     "ルール・チェックリストのファイルのディレクトリ（既定：組み込みライブラリ）"},
    {W::opt_lint_no_builtin, "Check the DIRs alone, without the built-in library",
     "組み込みライブラリを含めず、指定したディレクトリだけを検査する"},
    {W::opt_strict, "Exit 1 on warnings too", "警告があるときも終了コードを 1 にする"},
    {W::cmd_test, "Run rule tests: answers and the states rules must reach",
     "ルールのテストを実行する：回答と、そのときルールがとるべき判定"},
    {W::pos_test_paths, "Test files, or directories of them", "テストファイル、またはそのディレクトリ"},
    {W::cmd_version, "Print the version of tenken and of its built-in library",
     "tenken と組み込みライブラリのバージョンを表示する"},
    // diff, compare
    {W::cmd_diff, "Compare two saved Results: gaps resolved, new, regressed, still open",
     "保存した二つの結果を比べる：解消した不備、新しい不備、後退、残っている不備"},
    {W::pos_old_result, "The earlier Result (tenken check --format json)",
     "前回の結果（tenken check --format json で書き出したもの）"},
    {W::pos_new_result, "The later Result", "今回の結果"},
    {W::cmd_compare,
     "Trends over many saved Results: each organisation's scores and gaps from assessment to assessment",
     "保存した多数の結果の推移：組織ごとのスコアと不備が、評価のたびにどう変わったか"},
    {W::compare_exit_codes,
     "Exit codes: 0 no organisation's latest assessment has a new gap or a regression against its previous one; "
     "2 some organisation's has; 1 a file could not be read (it is skipped, the others compared), a usage error, "
     "or an output that could not be written.",
     "終了コード：0 どの組織の最新の評価にも、前回と比べた新しい不備や後退がない。2 いずれかの組織にある。"
     "1 読み込めないファイルがあった（そのファイルは飛ばして、ほかを比較する）、使い方の誤りがあった、または出力を書き出せなかった。"},
    // form, template, interview
    {W::cmd_form, "Write the questionnaire as an HTML page to answer in a browser, offline",
     "質問票を、ブラウザでオフラインのまま回答できる HTML ページとして書き出す"},
    {W::opt_form_output, "The HTML file to write (- for standard output)",
     "書き出す HTML ファイル（- は標準出力）"},
    {W::opt_form_lang, "The page's first language; the reader can switch (default: from the locale)",
     "ページを開いたときの言語。回答者が切り替えられる（既定：ロケールから）"},
    {W::cmd_template, "Write a blank answer file (YAML or CSV) for the questionnaire",
     "質問票の空の回答ファイル（YAML または CSV）を書き出す"},
    {W::opt_template_format, "yaml (default) or csv (default when -o ends in .csv)",
     "yaml（既定）または csv（-o が .csv で終わるときの既定）"},
    {W::opt_output_default_stdout, "File to write (default: standard output)", "書き出すファイル（既定：標準出力）"},
    {W::opt_template_lang, "Language of the descriptions (default: from the locale)",
     "説明文の言語（既定：ロケールから）"},
    {W::opt_template_csv_bom, "CSV: start with a byte order mark so that Excel reads UTF-8 (default: on)",
     "CSV：Excel が UTF-8 として読めるよう、先頭にバイトオーダーマークを付ける（既定：付ける）"},
    {W::opt_force, "Replace the -o file if it exists", "-o のファイルがすでにあっても置き換える"},
    {W::cmd_interview, "Answer the questionnaire in the terminal, saving after every answer",
     "端末で質問票に回答する（回答のたびに保存する）"},
    {W::opt_interview_output, "The answer file to write (YAML)", "書き出す回答ファイル（YAML）"},
    {W::opt_resume, "Continue the answer file given with -o at its first unanswered question",
     "-o で指定した回答ファイルの続きを、最初の未回答の質問から回答する"},
    {W::opt_from, "Last year's answer file: offer each of its answers as the default",
     "昨年の回答ファイル。その回答を既定値として示す"},
    {W::opt_quick_ask, "Ask only the questions of the quick first pass", "簡易診断の質問だけを尋ねる"},
    {W::opt_interview_lang, "Language of the questions: ja or en (default: from the locale)",
     "質問の言語：ja または en（既定：ロケールから）"},
    // batch, aggregate
    {W::cmd_batch, "Evaluate many answer files at once, one Result each",
     "多数の回答ファイルをまとめて評価し、ファイルごとに結果を書き出す"},
    {W::pos_batch_inputs, "Answer files, or folders whose *.yaml, *.yml, *.json and *.csv files are answer files",
     "回答ファイル、またはフォルダー（その下の *.yaml、*.yml、*.json、*.csv を回答ファイルとして読む）"},
    {W::opt_batch_output, "Folder for the reports: one per answer file and format",
     "レポートを書き出すフォルダー（回答ファイルと形式ごとに一つ）"},
    {W::opt_batch_format,
     "Format of each file's report, repeatable: json (the Result, default), term, md, html, csv, xlsx, junit, "
     "sarif, oscal",
     "ファイルごとのレポートの形式（複数指定可）：json（結果。既定）、term、md、html、csv、xlsx、junit、sarif、oscal"},
    {W::opt_batch_jobs, "Files evaluated at once (default: one per processor)",
     "同時に評価するファイルの数（既定：プロセッサーの数）"},
    {W::opt_batch_fail_on, "Lowest severity whose unwaived failure in any file makes the exit code 2",
     "いずれかのファイルに免除されていない不備があれば終了コードを 2 にする、最も低い重大度"},
    {W::cmd_aggregate, "The sector view over many saved Results: statistics, gaps, groups",
     "保存した多数の結果から分野全体を見る：統計、多い不備、グループ別の比較"},
    {W::opt_by, "Breakdown of the organisations: sector (default) or size",
     "組織の内訳：sector（分野別。既定）または size（規模別）"},
    {W::opt_anonymise,
     "Show organisations as pseudonyms (org-0001); no name, file path, assessor or scope in any output",
     "組織を仮名（org-0001）で示す。どの出力にも組織名、ファイルパス、評価者、対象範囲を含めない"},
    {W::opt_aggregate_jobs, "Files read at once (default: one per processor)",
     "同時に読み込むファイルの数（既定：プロセッサーの数）"},
    // workshop
    {W::cmd_workshop,
     "Write a workshop pack: the cases behind the gaps, with discussion questions and tabletop exercises",
     "ワークショップ資料を書き出す：不備の背景にある事例と、討議の問い、机上演習"},
    {W::pos_workshop_result,
     "Result file written by `tenken check --format json` (without it: a generic pack of the cases named with "
     "--cases)",
     "`tenken check --format json` で書き出した結果ファイル（省略すると、--cases で指定した事例の汎用の資料）"},
    {W::opt_workshop_cases,
     "Case ids, such as nisc-2021-06 (default: the cases behind the Result's gaps, at most 3); after RESULT.json",
     "事例 ID（例：nisc-2021-06。既定：結果の不備の背景にある事例、最大 3 件）。RESULT.json の後に指定する"},
    {W::opt_workshop_format, "md or html (default: html when -o ends in .html, else md)",
     "md または html（既定：-o が .html で終わるときは html、それ以外は md）"},
    {W::opt_workshop_output, "Write the pack to this file instead of standard output",
     "資料を標準出力ではなく、このファイルに書き出す"},

    // --- messages ---
    {W::error_line, "error: {}", "エラー: {}"},
    {W::warning_line, "warning: {}", "警告: {}"},
    {W::did_you_mean, "; did you mean '{}'?", "。もしかして '{}' ですか？"},
    {W::did_you_mean_one_of, "; did you mean one of {}?", "。もしかして次のどれかですか：{}"},
    {W::list_separator, ", ", "、"},
    // command-line parsing
    {W::parse_unknown_subcommand, "unknown subcommand '{}'{}", "'{}' というサブコマンドはありません{}"},
    {W::parse_subcommands_are, "; the subcommands are {}", "。サブコマンドは次のとおりです：{}"},
    {W::parse_subcommand_required, "expected a subcommand: {}", "サブコマンドを指定してください：{}"},
    {W::parse_unknown_option, "{}: unknown option '{}'{}", "{} に '{}' というオプションはありません{}"},
    {W::parse_unexpected_arguments, "{}: unexpected argument: {}", "{} に余分な引数があります：{}"},
    {W::parse_required, "{} is required: {}", "{} を指定してください：{}"},
    {W::parse_not_one_of, "{}: expected one of {}, found '{}'", "{} には {} のいずれかを指定してください（指定された値：'{}'）"},
    {W::parse_not_in_range, "{}: expected a number from {} to {}, found '{}'",
     "{} には {} から {} までの数を指定してください（指定された値：'{}'）"},
    {W::parse_not_below, "{}: expected a number of {} or more, found '{}'",
     "{} には {} 以上の数を指定してください（指定された値：'{}'）"},
    {W::parse_not_a_number, "{}: expected a number, found '{}'", "{} には数を指定してください（指定された値：'{}'）"},
    {W::parse_expected_value, "{}: expected a value after it, found none", "{} の後に値がありません"},
    {W::parse_other, "{}", "コマンドラインを解釈できません：{}"},
    {W::parse_help_hint, "Run '{} --help' for more information.", "使い方は '{} --help' で確認できます。"},
    // files and folders
    {W::cannot_write, "{}: cannot write: {}", "{}: 書き込めません: {}"},
    {W::stdout_cannot_write, "standard output: cannot write: {}", "標準出力: 書き込めません: {}"},
    {W::write_is_directory, "it is a directory", "ディレクトリです"},
    {W::write_no_folder, "its folder does not exist", "書き込み先のフォルダーがありません"},
    {W::write_link_loop, "too many levels of symbolic links", "シンボリックリンクの階層が深すぎます"},
    {W::write_short, "short write", "一部しか書き込めませんでした"},
    {W::no_such_input, "{}: error: cannot open: No such file or directory",
     "{}: エラー: 開けません: そのようなファイルはありません"},
    {W::cannot_read_folder, "{}: cannot read the folder: {}", "{}: フォルダーを読めません: {}"},
    {W::given_twice, "{} is given more than once; it is read once", "{} が複数回指定されています。読み込むのは 1 回だけです"},
    {W::no_result_files, "found no Result files (*.json) in the inputs given",
     "指定した入力に結果ファイル（*.json）が見つかりません"},
    // --format and -o
    {W::format_unknown, "--format: unknown format '{}'; expected one of {}{}",
     "--format: '{}' という形式はありません。{} のいずれかを指定してください{}"},
    {W::format_path_missing, "--format {}: expected a path after ':', found nothing", "--format {}: ':' の後にパスがありません"},
    {W::format_two_on_stdout,
     "--format: two formats would both go to standard output; give each a path as FORMAT:PATH",
     "--format: 二つの形式がどちらも標準出力に書き出されます。FORMAT:PATH の形でそれぞれにパスを指定してください"},
    {W::format_binary_on_terminal, "--format {0}: a {0} workbook is not for a terminal; give a path as {0}:PATH or -o PATH",
     "--format {0}: {0} のブックは端末には表示できません。{0}:PATH または -o PATH で書き出し先を指定してください"},
    {W::format_same_file, "--format: '{}' and '{}' would both be written to {}",
     "--format: '{}' と '{}' がどちらも {} に書き出されます"},
    {W::render_failed_report, "could not write the {} report: {}", "{} のレポートを書き出せませんでした: {}"},
    {W::render_failed_output, "could not write the {} output: {}", "{} の出力を書き出せませんでした: {}"},
    // explain, cases
    {W::unknown_rule, "unknown rule '{}'{}", "'{}' というルールはありません{}"},
    {W::unknown_rule_list_hint, "; `tenken explain` without a rule lists them",
     "。ルールの一覧は `tenken explain`（ルール ID なし）で表示できます"},
    {W::unknown_case, "unknown case '{}'{}", "'{}' という事例はありません{}"},
    {W::unknown_case_list_hint, "; `tenken cases` lists them", "。事例の一覧は `tenken cases` で表示できます"},
    // lint, test, version
    {W::lint_summary, "{0} rules, {1} questions: {2} error{3}, {4} warning{5}",
     "ルール {0} 件、質問 {1} 件：エラー {2} 件、警告 {4} 件"},
    {W::lint_summary_no_library, "{0} error{1}, {2} warning{3}", "エラー {0} 件、警告 {2} 件"},
    {W::test_summary, "{} tests: {} passed, {} failed, {} could not run",
     "テスト {} 件：成功 {}、失敗 {}、実行できず {}"},
    {W::version_text,
     "tenken {}\nresult format {}\nbuilt-in library: {} rules, {} questions in {} sections, {} cases\n",
     "tenken {}\n結果の形式 {}\n組み込みライブラリ：ルール {} 件、質問 {} 件（{} セクション）、事例 {} 件\n"},
    // diff, compare, aggregate
    {W::diff_other_organization, "the two Results are of different organizations ('{}' and '{}')",
     "二つの結果は別の組織のものです（'{}' と '{}'）"},
    {W::diff_dates_reversed, "{} was assessed on {}, before {} ({}); give the older Result first",
     "{} の評価日（{}）は {} の評価日（{}）より前です。古い結果を先に指定してください"},
    {W::previous_other_organization, "--previous {}: it is the assessment of '{}', not of '{}'",
     "--previous {}: これは '{}' の評価で、'{}' の評価ではありません"},
    {W::previous_not_earlier, "--previous {}: it was assessed on {}, not before this assessment ({})",
     "--previous {}: 評価日（{}）がこの評価の日（{}）より前ではありません"},
    {W::other_library,
     "{} of the Results ({} the first) were evaluated with another rule library than the one given now: their "
     "rules are shown with its titles, and rules it lacks by their id. Give the rules they were evaluated with "
     "(--rules, --checklist) for their own",
     "結果のうち {} 件（最初は {}）は、今回指定したものとは別のルールライブラリで評価されています。ルールは今回のライブラリの"
     "題名で、そこにないルールは ID で示します。評価に使ったルール（--rules、--checklist）を指定すれば、その題名で示します"},
    {W::results_skipped_compare, "tenken compare: {0} Result file{1}: {2} read, {3} not (see the errors above)",
     "tenken compare: 結果ファイル {0} 件のうち {2} 件を読み込み、{3} 件は読み込めませんでした（上のエラーを参照）"},
    {W::results_skipped_aggregate, "tenken aggregate: {0} Result file{1}: {2} read, {3} not (see the errors above)",
     "tenken aggregate: 結果ファイル {0} 件のうち {2} 件を読み込み、{3} 件は読み込めませんでした（上のエラーを参照）"},
    {W::nothing_to_compare, "no Result could be read; nothing to compare", "読み込めた結果がないため、比較できません"},
    {W::nothing_to_aggregate, "no Result could be read; nothing to aggregate", "読み込めた結果がないため、集計できません"},
    {W::output_over_result, "the output would be written over the Result '{}'; choose another path",
     "出力が結果ファイル '{}' を上書きしてしまいます。別のパスを指定してください"},
    {W::aggregate_output_over_result, "the {} output would be written over the Result '{}'; choose another path",
     "{} の出力が結果ファイル '{}' を上書きしてしまいます。別のパスを指定してください"},
    {W::repeated_dates, "{0} Results of '{1}' are dated {2} ({3}): they are compared in the order of their file names",
     "'{1}' の結果 {0} 件は評価日がどれも {2} です（{3}）。ファイル名の順に比較します"},
    // form, template, interview
    {W::form_not_html,
     "-o {}: expected the name of an HTML file (ending in .html or .htm), such as form.html, or - for standard "
     "output",
     "-o {}: HTML ファイルの名前（.html または .htm で終わるもの。例：form.html）か、標準出力を表す - を指定してください"},
    {W::quick_none,
     "no question of the checklist is in the quick first pass (quick: yes); leave out --quick for the whole "
     "questionnaire",
     "チェックリストに簡易診断の質問（quick: yes）がありません。質問票全体を使うには --quick を外してください"},
    {W::template_yaml_named_csv,
     "--format yaml, but `tenken check` reads {} as CSV because it ends in .csv; name it .yaml, or give --format csv",
     "--format yaml が指定されていますが、{} は名前が .csv で終わるため `tenken check` は CSV として読みます。"
     "名前を .yaml にするか、--format csv を指定してください"},
    {W::template_csv_named_yaml,
     "--format csv, but `tenken check` reads {} as YAML because it does not end in .csv; name it .csv, or give "
     "--format yaml",
     "--format csv が指定されていますが、{} は名前が .csv で終わらないため `tenken check` は YAML として読みます。"
     "名前を .csv にするか、--format yaml を指定してください"},
    {W::template_exists, "{} already exists and may hold answers; give another -o FILE, or --force to replace it",
     "{} はすでにあり、回答が入っているかもしれません。別の -o FILE を指定するか、置き換えるなら --force を付けてください"},
    {W::interview_to_stdout,
     "expected -o to name the answer file, found standard output; the interview saves the file after every answer",
     "-o には回答ファイルの名前を指定してください（標準出力は使えません）。インタビューは回答のたびにファイルを保存します"},
    {W::interview_not_yaml, "expected -o to name a YAML file (.yaml), found '{}'; the interview writes YAML",
     "-o には YAML ファイル（.yaml）の名前を指定してください（指定された名前：'{}'）。インタビューは YAML で書き出します"},
    {W::interview_exists,
     "{} already exists, and the interview does not overwrite answers; to continue it: tenken interview -o {} "
     "--resume",
     "{} はすでにあります。インタビューは回答を上書きしません。続きから回答するには：tenken interview -o {} --resume"},
    {W::interview_nothing_to_resume,
     "expected an answer file to resume at {}, found none; leave out --resume to start a new one",
     "続きを回答する回答ファイルが {} にありません。新しく始めるには --resume を外してください"},
    // batch
    {W::batch_output_inside_input,
     "the output folder '{}' is inside the input folder '{}', where its Results would be read as answers; choose "
     "a folder outside it",
     "出力フォルダー '{}' が入力フォルダー '{}' の中にあり、書き出した結果が次回は回答として読まれてしまいます。"
     "入力フォルダーの外のフォルダーを指定してください"},
    {W::batch_no_such_input, "{}: no such file or folder", "{}: そのようなファイルもフォルダーもありません"},
    {W::batch_no_answer_files, "found no answer files (*.yaml, *.yml, *.json, *.csv) in the inputs given",
     "指定した入力に回答ファイル（*.yaml、*.yml、*.json、*.csv）が見つかりません"},
    {W::batch_same_report, "'{0}' and '{1}' would both be reported as '{2}' in {3}; rename one",
     "'{0}' と '{1}' のレポートがどちらも {3} の '{2}' になってしまいます。どちらかの名前を変えてください"},
    {W::batch_report_over_answers,
     "the {0} report of '{1}' would be written over the answer file '{2}'; choose another folder for -o",
     "'{1}' の {0} レポートが回答ファイル '{2}' を上書きしてしまいます。-o には別のフォルダーを指定してください"},
    {W::batch_output_is_file, "-o {}: expected a folder for the reports, found a file",
     "-o {}: レポートを書き出すフォルダーを指定してください（指定されたのはファイルです）"},
    {W::batch_cannot_make_folder, "-o {}: cannot make the folder: {}", "-o {}: フォルダーを作れません: {}"},
    {W::batch_summary, "tenken batch: {0} answer file{1}: {2} evaluated{3}; reports in {4}",
     "tenken batch: 回答ファイル {0} 件のうち {2} 件を評価しました{3}。レポートは {4} にあります"},
    {W::batch_not_evaluated, ", {} not (see the errors above)", "（{} 件は評価できませんでした。上のエラーを参照）"},
    {W::batch_progress, "[{}] {} of {} files, {} with errors", "[{}] {} / {} ファイル、エラー {} 件"},
    // workshop
    {W::workshop_unknown_case, "--cases: unknown case '{}'{}", "--cases: '{}' という事例はありません{}"},
    {W::workshop_result_before_cases, "; a Result file goes before --cases",
     "。結果ファイルは --cases より前に指定してください"},
    {W::workshop_nothing_chosen,
     "give a saved Result (tenken check --format json:FILE) for the cases behind its gaps, or name the cases with "
     "--cases ID...",
     "不備の背景にある事例を使うなら保存した結果（tenken check --format json:FILE）を、事例を選ぶなら --cases ID... "
     "を指定してください"},
    {W::workshop_over_result, "the pack would be written over the Result '{}'; choose another path",
     "資料が結果ファイル '{}' を上書きしてしまいます。別のパスを指定してください"},
    {W::workshop_no_cases, "no failing or unknown rule of '{}' cites a case; name the cases with --cases ID...",
     "'{}' の不備・未回答のルールには、事例を挙げたものがありません。--cases ID... で事例を指定してください"},
};

static_assert(lists_every_word_in_order(kWords), "kWords must list every CliWord, in enum order");

// Set once in main before any thread starts; atomic so that batch's workers may read it.
std::atomic<Lang> g_ui_lang = Lang::en;

}  // namespace

const char* word(CliWord w, Lang lang) { return word_in(kWords, w, lang); }

Lang ui_lang() { return g_ui_lang.load(std::memory_order_relaxed); }
void set_ui_lang(Lang lang) { g_ui_lang.store(lang, std::memory_order_relaxed); }

std::optional<Lang> lang_in_arguments(const std::vector<std::string_view>& args) {
  std::optional<Lang> found;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i], value;
    if (arg == "--") break;  // what follows is positionals
    if (arg == "--lang" && i + 1 < args.size()) value = args[++i];
    else if (arg.starts_with("--lang=")) value = arg.substr(7);
    else continue;
    if (value == "ja") found = Lang::ja;
    else if (value == "en") found = Lang::en;
  }
  return found;
}

Lang lang_of_command_line(int argc, const char* const* argv) {
  std::vector<std::string_view> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  return lang_in_arguments(args).value_or(lang_from_environment());
}

std::string did_you_mean_hint(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string near = closest_match(typed, candidates);
  return near.empty() ? std::string() : say(CliWord::did_you_mean, near);
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += word(CliWord::list_separator);
    out += item;
  }
  return out;
}

}  // namespace tenken::cli
