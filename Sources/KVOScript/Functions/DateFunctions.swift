import KVOModel

/// Dates and quarters: today, parsing, spans.
enum DateFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("today", "today()", arity: 0...0, summary: Message(en: "the session's date (today, or --as-of)", nl: "de datum van de sessie (vandaag, of --as-of)"), example: "today() + 14") { call in
            .date(call.environment.options.today)
        },
        FunctionSpec("date", "date(TEXT) or date(YEAR, MONTH, DAY)", arity: 1...3, summary: Message(en: "a date from YYYY-MM-DD text or from its parts", nl: "een datum uit tekst JJJJ-MM-DD of uit de delen"),
                     example: "date(2025, 3, 1)") { call in
            if call.arguments.count == 1 {
                if case .date = call[0] { return call[0] }
                let text = try call.string(0)
                guard let d = Day(text.trimmingBlanks()) else { throw FunctionError(Message(en: "'\(text)' is not a date (YYYY-MM-DD)", nl: "'\(text)' is geen datum (JJJJ-MM-DD)"), argument: 0) }
                return .date(d)
            }
            guard call.arguments.count == 3 else { throw FunctionError(Message(en: "give a text or year, month and day", nl: "geef een tekst, of jaar, maand en dag")) }
            guard let d = Day(year: try call.whole(0), month: try call.whole(1), day: try call.whole(2)) else {
                throw FunctionError(Message(en: "there is no such date", nl: "die datum bestaat niet"))
            }
            return .date(d)
        },
        FunctionSpec("quarter", "quarter(DATE) or quarter(TEXT)", arity: 1...1, summary: Message(en: "the quarter a date falls in, or a quarter from 2025Q2 text", nl: "het kwartaal waarin een datum valt, of een kwartaal uit tekst zoals 2025Q2"),
                     example: "quarter(2025-05-14)  # 2025Q2") { call in
            switch call[0] {
            case .date(let d): return .quarter(d.quarter)
            case .quarter: return call[0]
            case .string(let s):
                guard let q = Quarter(s.trimmingBlanks()) else { throw FunctionError(Message(en: "'\(s)' is not a quarter (2025Q1 to 2025Q4)", nl: "'\(s)' is geen kwartaal (2025Q1 tot en met 2025Q4)"), argument: 0) }
                return .quarter(q)
            default: throw FunctionError(Message(en: "needs a date or a string, got ", nl: "vraagt een datum of een tekst, niet ") + call[0].typeDescription, argument: 0)
            }
        },
        FunctionSpec("days_between", "days_between(FROM, TO)", arity: 2...2, summary: Message(en: "the days from FROM to TO (negative when TO is earlier)", nl: "het aantal dagen van FROM tot TO (negatief als TO eerder is)"),
                     example: "days_between(2025-03-01, 2025-03-15)  # 14") { call in
            guard case .date(let a) = call[0] else { throw FunctionError(Message(en: "FROM must be a date", nl: "FROM moet een datum zijn"), argument: 0) }
            guard case .date(let b) = call[1] else { throw FunctionError(Message(en: "TO must be a date", nl: "TO moet een datum zijn"), argument: 1) }
            return .number(Double(a.days(until: b)))
        },
        FunctionSpec("add_months", "add_months(DATE, N)", arity: 2...2, summary: Message(en: "DATE moved N calendar months (the day is kept or clamped to the month's end)", nl: "DATE N kalendermaanden verschoven (de dag blijft, of wordt de laatste dag van de maand)"),
                     example: "add_months(2025-01-31, 1)  # 2025-02-28") { call in
            guard case .date(let d) = call[0] else { throw FunctionError(Message(en: "DATE must be a date", nl: "DATE moet een datum zijn"), argument: 0) }
            return .date(d.adding(months: try call.whole(1)))
        },
        FunctionSpec("add_years", "add_years(DATE, N)", arity: 2...2, summary: Message(en: "DATE moved N years (29 February becomes 28 February)", nl: "DATE N jaar verschoven (29 februari wordt 28 februari)"),
                     example: "add_years(2025-06-30, 3)  # certificate expiry") { call in
            guard case .date(let d) = call[0] else { throw FunctionError(Message(en: "DATE must be a date", nl: "DATE moet een datum zijn"), argument: 0) }
            return .date(d.adding(years: try call.whole(1)))
        },
    ]
}
