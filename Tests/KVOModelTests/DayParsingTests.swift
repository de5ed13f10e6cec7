import XCTest
import KVOModel

/// `Day(text)` reads bytes straight off the buffer (issue 15); it must accept and refuse exactly
/// what the reading it replaced did. That reading is kept here as the reference.
final class DayParsingTests: XCTestCase {
    /// The parser before issue 15's fifth round, word for word (generic over the bytes).
    static func reference(_ text: some StringProtocol) -> Day? {
        func parse<C: RandomAccessCollection>(_ bytes: C) -> (Int, Int, Int)? where C.Element == UInt8, C.Index == Int {
            guard bytes.count == 10 else { return nil }
            let base = bytes.startIndex
            guard bytes[base + 4] == UInt8(ascii: "-"), bytes[base + 7] == UInt8(ascii: "-") else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var value = 0
                for i in from..<to {
                    let b = bytes[base + i]
                    guard b >= 48, b <= 57 else { return nil }
                    value = value * 10 + Int(b - 48)
                }
                return value
            }
            guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
            return (y, m, d)
        }
        guard let (y, m, d) = parse(Array(text.utf8)) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    func assertSame(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Day(text), Self.reference(text), "'\(text)'", file: file, line: line)
        // Through the generic initialiser too, from a String and from a slice of a longer text.
        func generic(_ text: some StringProtocol) -> Day? { Day(text) }
        XCTAssertEqual(generic(text), Self.reference(text), file: file, line: line)
        let padded = "«" + text + "»"
        let slice = padded.dropFirst().dropLast()
        XCTAssertEqual(Day(slice), Self.reference(slice), "slice '\(text)'", file: file, line: line)
    }

    func testEveryDayOfFiveYearsAndTheirNeighbours() {
        for year in [1900, 2000, 2023, 2024, 9999] {
            for month in 0...13 {
                for day in 0...32 {
                    assertSame(padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2))
                }
            }
        }
    }

    func testMalformedTexts() {
        let texts = ["", "2024-01-0", "2024-01-011", "2024/01/01", "2024-01-01 ", " 2024-01-01", "2024-1-001",
                     "20240-1-01", "2024--01-01", "2024-01--1", "+024-01-01", "-024-01-01", "2024-0a-01",
                     "2024-01-0:", "2024-01-0/", "/024-01-01", ":024-01-01", "２０２４-01-01", "2024-01-0١",
                     "2024-01-é", "2024-01-0\u{301}", "0000-01-01", "0000-00-00", "9999-12-31", "2024-02-30",
                     "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-12-32"]
        for text in texts { assertSame(text) }
    }

    func testRandomBytesOfTheRightLength() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-0123456789-/:a é".unicodeScalars)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<10 { text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            assertSame(text)
        }
    }
}

private func padded(_ value: Int, _ width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
