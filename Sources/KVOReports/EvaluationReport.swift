import KVOModel

/// The evaluation results (§4.4; in §5.2.1 only for a renewal): per plan year the answers to
/// the questions on the measures and on the collaboration, the third year's goals, and the
/// improvement points.
public enum EvaluationReport {
    public static func make(_ c: ReportContext) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        var blocks: [Block] = []
        let evaluations = c.records("evaluations").sorted { ($0.int("year") ?? 0, $0.id) < ($1.int("year") ?? 0, $1.id) }
        if evaluations.isEmpty {
            blocks.append(.note(t("No evaluations are recorded (add evaluation year=1 date=YYYY-MM-DD).",
                                  "Er zijn geen evaluaties vastgelegd (add evaluation year=1 date=JJJJ-MM-DD).")))
        }
        let questions: [(String, String, String)] = [
            ("executed", "Were the measures executed?", "Zijn de vooraf bepaalde maatregelen uitgevoerd?"),
            ("helped", "What contributed to the result?", "Welke omstandigheden hebben bijgedragen aan het resultaat?"),
            ("why", "Why were measures (not) achieved?", "Wat is de reden van wel/niet behalen van maatregel?"),
            ("changes", "Are changes to the plan needed?", "Zijn er wijzigingen in het plan van aanpak noodzakelijk?"),
            ("collaboration", "How does the collaboration go?", "Hoe verloopt de samenwerking?"),
            ("goalsAchieved", "Which goals were (not) achieved?", "Welke doelstellingen zijn (niet) behaald?"),
            ("mainReason", "The main reason", "De belangrijkste reden"),
        ]
        for e in evaluations {
            let title = t("Evaluation of plan year ", "Evaluatie planjaar ") + (e.int("year").map { "\($0)" } ?? "?")
            blocks.append(.heading(2, title))
            if let date = c.words.date(e.string("date")) { blocks.append(.facts([Fact(t("Date", "Datum"), date)])) }
            for (field, en, nl) in questions {
                guard let answer = c.field(e, field) else { continue }
                blocks.append(.heading(3, t(en, nl)))
                blocks.append(.paragraph(answer))
            }
            let improvements = e.strings("improvements").map(c.text)
            if !improvements.isEmpty {
                blocks.append(.heading(3, t("Improvement points", "Verbeterpunten")))
                blocks.append(.bullets(improvements))
            }
        }
        return Document(title: t("Evaluation results", "Evaluatieresultaten"), preface: c.preface(), language: c.language,
                         blocks: blocks, fileName: t("evaluation", "evaluatie"))
    }
}
