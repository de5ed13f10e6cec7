extension Handbook {
    /// §7.2 and annex 1 B1.2: how long a certificate (and with it the KVO mark) is valid.
    public enum Certificate {
        /// §7.2 "Het certificaat is drie jaar geldig"; B1.2 "Gebruiksduur van het merk is drie jaar
        /// vanaf de uitgiftedatum van het certificaat".
        public static let validityYears = 3

        /// The expiry convention, one for every user: a certificate issued on D is valid from D up to
        /// and including the day before D + 3 years; `expiry` is D + 3 years, the first day it is no
        /// longer valid (issued 2025-07-01: valid through 2028-06-30, expires 2028-07-01).
        public static func expiry(issued: Day) -> Day { issued.adding(years: validityYears) }

        /// The last day a certificate is valid ("Geldig tot en met" on the certificate).
        public static func lastValidDay(issued: Day) -> Day { expiry(issued: issued).adding(days: -1) }

        /// Whether a certificate issued on `issued` is valid on `day` (also for the mark, B1.2).
        public static func isValid(issued: Day, on day: Day) -> Bool { issued <= day && day < expiry(issued: issued) }

        /// kvo's advice, not a handbook deadline: hold the next audit this many months before expiry,
        /// so that deviations' supplements (2 months) and their assessment (1 month, §6.3) still fit
        /// within the certificate's validity.
        public static var nextAuditLeadMonths: Int { Audit.supplementMonths + Audit.assessmentMonths }

        /// The day by which kvo advises holding the next audit.
        public static func nextAuditBy(issued: Day) -> Day { expiry(issued: issued).adding(months: -nextAuditLeadMonths) }
    }
}
