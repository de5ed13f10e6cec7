import KVOModel

import KVOChecks

/// A report as a value: a title, a few lines saying what it is and where it comes from, and its
/// content as blocks. Reports are built as documents; `MarkdownRenderer` and `HTMLRenderer`
/// write them out, so what a report says and how it is written never mix.
package struct Document: Sendable, Equatable {
    package var title: String
    /// Lines under the title: the dossier, the date, the privacy note.
    package var preface: [String]
    package var language: Language
    package var blocks: [Block]
    /// The base of its file names: `veiligheidsanalyse` gives veiligheidsanalyse.html.
    package var fileName: String

    package init(title: String, preface: [String] = [], language: Language, blocks: [Block] = [], fileName: String) {
        self.title = title
        self.preface = preface
        self.language = language
        self.blocks = blocks
        self.fileName = fileName
    }

    /// Every chart of the document, in order.
    package var charts: [BarChart] {
        blocks.compactMap { if case .chart(let c) = $0 { c } else { nil } }
    }
}

/// One file of a written report: a page, or a chart beside a Markdown page.
package struct ReportFile: Sendable, Equatable {
    package let name: String
    package let contents: String

    package init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
