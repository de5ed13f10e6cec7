/// A piece of a document's content. Texts are plain: the renderers escape them.
package enum Block: Sendable, Equatable {
    /// A section heading, level 2 (sections) to 4; the document's title is level 1.
    case heading(Int, String)
    case paragraph(String)
    /// Label and value pairs: "Datum: 8 oktober 2024".
    case facts([Fact])
    case table(Table)
    case bullets([String])
    /// A numbered list whose numbers are given (photo numbers of findings).
    case numbered([NumberedItem])
    /// Texts quoted word for word (open survey answers), each with who or where it is from.
    case quotes([Quote])
    case chart(BarChart)
    /// Links to other files of a report folder.
    case links([Link])
    /// An aside: what is missing, what was left out.
    case note(String)
}

package struct Fact: Sendable, Equatable {
    package let label: String
    package let value: String

    package init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

package struct NumberedItem: Sendable, Equatable {
    package let number: String
    package let title: String
    /// Lines under the title: label and value.
    package let details: [Fact]

    package init(number: String, title: String, details: [Fact]) {
        self.number = number
        self.title = title
        self.details = details
    }
}

package struct Quote: Sendable, Equatable {
    package let text: String
    package let source: String?

    package init(_ text: String, source: String? = nil) {
        self.text = text
        self.source = source
    }
}

package struct Link: Sendable, Equatable {
    package let text: String
    package let target: String
    package let description: String?

    package init(_ text: String, target: String, description: String? = nil) {
        self.text = text
        self.target = target
        self.description = description
    }
}
