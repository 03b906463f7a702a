#!/usr/bin/env python3
"""Independent test oracle for statutory response deadlines.

Usage (from assessment-service): python3 src/test/resources/clock/oracle.py \
    src/main/resources/calendar/bank-holidays.csv > src/test/resources/clock/deadlines.csv

Written from the plain-English rules only (no code shared with the Java
implementation). Standard library only.

Rules implemented
-----------------
Non-working days
  FOIA, EIR    : Sat, Sun, any date listed for ANY region (union).
  FOISA, EIRS  : Sat, Sun, dates listed for 'scotland' only.
  SAR          : Sat, Sun, dates listed for 'england-and-wales' only.

Working-day regimes (FOIA, EIR, FOISA, EIRS)
  day 0 = clarificationReceived if given, else received (may be a non-working
  day). Due = N-th working day after day 0 (N = workingDays, default 20).
  If feesNotice and feesPaid are both given, working days d with
  feesNotice <= d <= feesPaid are not counted.

SAR
  start = max(received, feesPaid if given).
  nominal = start + (1 + extensionMonths) calendar months, corresponding date
  or last day of target month. If clarificationRequested and
  clarificationReceived both given, add the number of calendar days between
  them. Then roll forward to the next SAR working day.

Every row whose computation needs a day outside 2023-01-01..2028-12-31 is
dropped.
"""
import calendar
import csv
import datetime as dt
import sys

D = dt.date
ONE = dt.timedelta(days=1)
RANGE_LO = D(2023, 1, 1)
RANGE_HI = D(2028, 12, 31)

HEADER = ["case", "regime", "received", "clarificationRequested",
          "clarificationReceived", "feesNotice", "feesPaid", "workingDays",
          "extensionMonths", "dueDate"]

WD_REGIMES = ("FOIA", "EIR", "FOISA", "EIRS")


class OutOfRange(Exception):
    pass


def iso(s):
    return D.fromisoformat(s) if isinstance(s, str) else s


def load_holidays(path):
    by_region = {"england-and-wales": set(), "scotland": set(),
                 "northern-ireland": set()}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            region = rec["region"].strip()
            if region not in by_region:
                raise SystemExit("unknown region %r" % region)
            by_region[region].add(D.fromisoformat(rec["date"].strip()))
    union = set().union(*by_region.values())
    return {
        "FOIA": union,
        "EIR": union,
        "FOISA": by_region["scotland"],
        "EIRS": by_region["scotland"],
        "SAR": by_region["england-and-wales"],
    }


def check(d):
    if d < RANGE_LO or d > RANGE_HI:
        raise OutOfRange(d)
    return d


class Oracle:
    def __init__(self, holidays):
        self.hol = holidays

    def is_working(self, regime, d):
        check(d)
        return d.weekday() < 5 and d not in self.hol[regime]

    def working_day_due(self, regime, received, n=20, clar_received=None,
                        fees_notice=None, fees_paid=None):
        day0 = check(clar_received or received)
        check(received)
        pause = None
        if fees_notice is not None and fees_paid is not None:
            pause = (check(fees_notice), check(fees_paid))
        d = day0
        counted = 0
        while counted < n:
            d = d + ONE
            if not self.is_working(regime, d):
                continue
            if pause and pause[0] <= d <= pause[1]:
                continue
            counted += 1
        return d

    @staticmethod
    def add_months(d, months):
        m0 = d.month - 1 + months
        y = d.year + m0 // 12
        m = m0 % 12 + 1
        last = calendar.monthrange(y, m)[1]
        return D(y, m, min(d.day, last))

    def sar_due(self, received, ext=0, fees_paid=None, clar_requested=None,
                clar_received=None):
        check(received)
        start = received
        if fees_paid is not None:
            start = max(start, check(fees_paid))
        nominal = check(self.add_months(start, 1 + ext))
        if clar_requested is not None and clar_received is not None:
            check(clar_requested)
            check(clar_received)
            nominal = check(nominal + (clar_received - clar_requested))
        d = nominal
        while not self.is_working("SAR", d):
            d = d + ONE
        return d


def dstr(d):
    return "" if d is None else d.isoformat()


def wk(d):
    return calendar.day_abbr[d.weekday()]


class Table:
    def __init__(self, oracle):
        self.o = oracle
        self.rows = []
        self.keys = set()
        self.dropped = 0

    def _add(self, key, row):
        if "," in row[0] or not row[0].strip():
            raise SystemExit("bad case text: %r" % row[0])
        if key in self.keys:
            return None
        self.keys.add(key)
        self.rows.append(row)
        return row

    def wd(self, case, regime, received, n=20, clar=None, fees=None):
        assert regime in WD_REGIMES
        received = iso(received)
        clar = iso(clar)
        fn, fp = (iso(fees[0]), iso(fees[1])) if fees else (None, None)
        try:
            due = self.o.working_day_due(regime, received, n, clar, fn, fp)
        except OutOfRange:
            self.dropped += 1
            return None
        assert self.o.is_working(regime, due)
        key = (regime, received, None, clar, fn, fp, n, None)
        return self._add(key, [case, regime, dstr(received), "", dstr(clar),
                               dstr(fn), dstr(fp), str(n), "", dstr(due)])

    def sar(self, case, received, ext=0, fees_paid=None, clar=None):
        received = iso(received)
        fp = iso(fees_paid)
        cq, cr = (iso(clar[0]), iso(clar[1])) if clar else (None, None)
        assert ext in (0, 1, 2)
        try:
            due = self.o.sar_due(received, ext, fp, cq, cr)
        except OutOfRange:
            self.dropped += 1
            return None
        key = ("SAR", received, cq, cr, None, fp, None, ext)
        return self._add(key, ["SAR " + case if not case.startswith("SAR")
                               else case, "SAR", dstr(received), dstr(cq),
                               dstr(cr), "", dstr(fp), "", str(ext),
                               dstr(due)])


def easter_sunday(y):
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


def first_monday(y, m):
    d = D(y, m, 1)
    while d.weekday() != 0:
        d += ONE
    return d


def last_monday(y, m):
    d = D(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() != 0:
        d -= ONE
    return d


def observed_weekday(d):
    """Move a Sat/Sun date to the following Monday (simple substitute)."""
    while d.weekday() >= 5:
        d += ONE
    return d


def build(t):
    o = t.o
    # ---- 1. Worked examples (asserted) ---------------------------------
    worked = [
        ("2025-12-22", "2026-01-23", "2026-01-23"),
        ("2026-03-12", "2026-04-14", "2026-04-10"),
        ("2026-06-10", "2026-07-09", "2026-07-09"),
        ("2027-12-20", "2028-01-21", "2028-01-21"),
    ]
    for rec, foia, foisa in worked:
        r = iso(rec)
        row = t.wd("FOIA worked example received %s %s" % (wk(r), rec),
                   "FOIA", r)
        if row is None or row[-1] != foia:
            raise SystemExit("worked example FOIA %s: got %s expected %s"
                             % (rec, row and row[-1], foia))
        row = t.wd("FOISA worked example received %s %s" % (wk(r), rec),
                   "FOISA", r)
        if row is None or row[-1] != foisa:
            raise SystemExit("worked example FOISA %s: got %s expected %s"
                             % (rec, row and row[-1], foisa))
    row = t.sar("SAR worked example received Sat 2026-01-31 due Sat 28 Feb "
                "moves to Mon 2 Mar", "2026-01-31")
    if row is None or row[-1] != "2026-03-02":
        raise SystemExit("worked example SAR: got %s" % (row and row[-1]))

    # ---- 2. Christmas and New Year 2023..2027 --------------------------
    for y in range(2023, 2028):
        for day in (15, 20, 23, 24, 27, 30):
            r = D(y, 12, day)
            regs = ("FOIA", "FOISA") if day in (23, 27, 30) else ("FOIA",)
            for reg in regs:
                t.wd("%s Christmas %d received %s %s" % (reg, y, wk(r), r),
                     reg, r)
        if y % 2:
            r = D(y, 12, 22)
            t.wd("EIR Christmas %d received %s %s" % (y, wk(r), r), "EIR", r)
        else:
            r = D(y, 12, 29)
            t.wd("EIRS Christmas %d received %s %s" % (y, wk(r), r),
                 "EIRS", r)

    # ---- 3. Easter 2023..2028 -------------------------------------------
    for y in range(2023, 2029):
        es = easter_sunday(y)
        gf = es - 2 * ONE
        em = es + ONE
        mon_before = gf - 4 * ONE
        for reg in ("FOIA", "FOISA"):
            note = ("Easter Monday counts as holiday" if reg == "FOIA"
                    else "Easter Monday is a Scottish working day")
            t.wd("%s Easter %d received Monday before Good Friday %s %s"
                 % (reg, y, mon_before, note), reg, mon_before)
            t.wd("%s Easter %d received on Easter Monday %s"
                 % (reg, y, em), reg, em)
        if y == 2024:
            t.wd("FOIA Easter %d received Maundy Thursday %s"
                 % (y, gf - ONE), "FOIA", gf - ONE)
        if y == 2023:
            t.wd("FOISA Easter %d received Good Friday %s" % (y, gf),
                 "FOISA", gf)

    # ---- 4. St Andrew's Day ---------------------------------------------
    for y in range(2023, 2029):
        sa = observed_weekday(D(y, 11, 30))
        sub = " (substitute)" if sa != D(y, 11, 30) else ""
        r = sa - 7 * ONE
        for reg in ("FOIA", "FOISA"):
            t.wd("%s St Andrews Day %d observed %s%s received %s"
                 % (reg, y, sa, sub, r), reg, r)
        if y in (2024, 2025):
            t.wd("EIR St Andrews Day %d observed %s%s received %s"
                 % (y, sa, sub, r), "EIR", r)

    # ---- 5. Northern Ireland 17 March and 12 July -----------------------
    for y in range(2023, 2029):
        for mon, day, label in ((3, 17, "St Patricks Day"),
                                (7, 12, "Battle of the Boyne")):
            obs = observed_weekday(D(y, mon, day))
            sub = " (substitute)" if obs != D(y, mon, day) else ""
            r = obs - 10 * ONE
            for reg in ("FOIA", "FOISA"):
                effect = ("NI holiday counts" if reg == "FOIA"
                          else "NI holiday ignored")
                t.wd("%s %s %d observed %s%s received %s %s"
                     % (reg, label, y, obs, sub, r, effect), reg, r)

    # ---- 6. August holidays -----------------------------------------------
    for y in range(2023, 2029):
        scot = first_monday(y, 8)
        ew = last_monday(y, 8)
        r = scot - 3 * ONE  # the Friday before the Scottish holiday
        for reg in ("FOIA", "FOISA"):
            t.wd("%s August %d Scottish holiday %s and E&W holiday %s "
                 "received Fri %s" % (reg, y, scot, ew, r), reg, r)
        if y != 2026:
            continue
        r = ew - 14 * ONE
        for reg in ("FOIA", "FOISA"):
            effect = ("late August holiday counts" if reg == "FOIA"
                      else "late August holiday is a Scottish working day")
            t.wd("%s August %d received %s %s %s"
                 % (reg, y, wk(r), r, effect), reg, r)

    # ---- 7. Substitute days ---------------------------------------------
    subs = [
        ("2023-01-01", "Sun New Years Day 2023 substitutes 2 and 3 Jan"),
        ("2023-01-02", "substitute day Mon 2023-01-02"),
        ("2023-01-03", "Scottish substitute day Tue 2023-01-03"),
        ("2024-03-18", "NI St Patricks substitute Mon 2024-03-18"),
        ("2024-12-02", "St Andrews substitute Mon 2024-12-02"),
        ("2025-07-14", "Boyne substitute Mon 2025-07-14"),
        ("2026-07-13", "Boyne substitute Mon 2026-07-13"),
        ("2026-12-28", "Boxing Day substitute Mon 2026-12-28"),
        ("2027-01-04", "Scottish 2 January substitute Mon 2027-01-04"),
        ("2027-12-27", "Christmas substitute Mon 2027-12-27"),
        ("2027-12-28", "Boxing Day substitute Tue 2027-12-28"),
        ("2028-01-04", "Scottish 2 January substitute Tue 2028-01-04"),
    ]
    scottish_interest = ("2023-01-03", "2024-12-02", "2026-12-28",
                         "2027-01-04", "2028-01-04")
    for rec, label in subs:
        regs = ("FOIA", "FOISA") if rec in scottish_interest else ("FOIA",)
        for reg in regs:
            t.wd("%s received on %s" % (reg, label), reg, rec)
    t.wd("EIR received on Christmas substitute Mon 2027-12-27", "EIR",
         "2027-12-27")

    # ---- 8. One-off proclaimed days -------------------------------------
    for reg in ("FOIA", "FOISA", "EIRS"):
        t.wd("%s coronation 2023 received Tue 2023-05-02 spans 8 May" % reg,
             reg, "2023-05-02")
    t.wd("FOIA received on coronation day Mon 2023-05-08", "FOIA",
         "2023-05-08")
    for reg in ("FOIA", "FOISA", "EIRS"):
        t.wd("%s Scotland only 15 June 2026 received Mon 2026-06-01" % reg,
             reg, "2026-06-01")
    for reg in ("FOIA", "FOISA", "EIRS"):
        t.wd("%s received on Scotland only holiday Mon 2026-06-15" % reg,
             reg, "2026-06-15")
    t.sar("SAR due on Scotland only 15 June 2026 is an E&W working day",
          "2026-05-15")

    # ---- 9. Weekend and bank holiday receipts ----------------------------
    for rec in ("2024-06-08", "2026-02-07"):
        r = iso(rec)
        for reg in (("FOIA", "FOISA") if rec == "2026-02-07" else ("FOIA",)):
            t.wd("%s received on a Saturday %s" % (reg, rec), reg, r)
    for rec in ("2025-10-05", "2027-09-12"):
        for reg in (("FOIA", "EIRS") if rec == "2025-10-05" else ("FOIA",)):
            t.wd("%s received on a Sunday %s" % (reg, rec), reg, rec)
    for rec, name in (("2024-05-27", "Spring bank holiday"),
                      ("2028-05-01", "Early May bank holiday")):
        for reg in ("FOIA", "FOISA"):
            t.wd("%s received on %s %s" % (reg, name, rec), reg, rec)
    t.wd("FOIA received on NI only holiday Fri 2024-07-12", "FOIA",
         "2024-07-12")

    # ---- 10. Fee pauses ---------------------------------------------------
    fee_rows = [
        ("FOIA", "2025-03-03", ("2025-03-10", "2025-03-14"),
         "fee pause one working week"),
        ("FOIA", "2026-03-30", ("2026-04-01", "2026-04-09"),
         "fee pause spanning Easter 2026"),
        ("FOISA", "2026-03-30", ("2026-04-01", "2026-04-09"),
         "fee pause spanning Easter 2026"),
        ("FOIA", "2024-08-19", ("2024-08-22", "2024-08-29"),
         "fee pause spanning late August bank holiday"),
        ("FOISA", "2024-08-19", ("2024-08-22", "2024-08-29"),
         "fee pause spanning late August bank holiday"),
        ("FOIA", "2025-06-02", ("2025-06-11", "2025-06-11"),
         "fee notice and payment same day"),
        ("FOISA", "2025-06-02", ("2025-06-11", "2025-06-11"),
         "fee notice and payment same day"),
        ("FOIA", "2025-09-01", ("2025-09-06", "2025-09-10"),
         "fee pause starting on a Saturday"),
        ("FOISA", "2025-09-01", ("2025-09-07", "2025-09-10"),
         "fee pause starting on a Sunday"),
        ("EIR", "2025-09-01", ("2025-09-06", "2025-09-07"),
         "fee pause covering only a weekend"),
        ("FOIA", "2025-12-08", ("2025-12-19", "2026-01-09"),
         "fee pause over Christmas 2025"),
        ("FOISA", "2025-12-08", ("2025-12-19", "2026-01-09"),
         "fee pause over Christmas 2025"),
        ("FOIA", "2026-07-06", ("2026-07-10", "2026-07-15"),
         "fee pause spanning NI Boyne substitute"),
        ("FOISA", "2026-07-06", ("2026-07-10", "2026-07-15"),
         "fee pause spanning NI Boyne substitute"),
        ("EIRS", "2026-06-08", ("2026-06-12", "2026-06-16"),
         "fee pause spanning Scotland only 15 June"),
        ("FOIA", "2024-01-08", ("2024-02-05", "2024-02-07"),
         "fee notice on the 20th working day"),
    ]
    for reg, rec, fees, label in fee_rows:
        t.wd("%s received %s %s" % (reg, rec, label), reg, rec, fees=fees)

    # ---- 11. Clarification restarts ---------------------------------------
    clar_rows = [
        ("FOIA", "2025-02-03", "2025-02-12", "clarification restarts clock"),
        ("EIR", "2025-11-10", "2025-11-29",
         "clarification received on a Saturday"),
        ("FOIA", "2026-12-01", "2026-12-24",
         "clarification received Christmas Eve"),
        ("FOISA", "2026-12-01", "2026-12-24",
         "clarification received Christmas Eve"),
        ("FOIA", "2024-03-11", "2024-03-29",
         "clarification received on Good Friday"),
        ("FOIA", "2023-06-05", "2023-06-05",
         "clarification received same day as request"),
    ]
    for reg, rec, cr, label in clar_rows:
        t.wd("%s received %s %s" % (reg, rec, label), reg, rec, clar=cr)
    t.wd("EIR clarification restart plus fee pause with 40 working days",
         "EIR", "2026-02-02", n=40, clar="2026-02-16",
         fees=("2026-03-02", "2026-03-13"))
    t.wd("FOIA clarification restart plus fee pause spanning Easter 2027",
         "FOIA", "2027-03-01", clar="2027-03-10",
         fees=("2027-03-22", "2027-03-31"))
    t.wd("FOISA fee notice before clarification only later days paused",
         "FOISA", "2025-04-01", clar="2025-04-10",
         fees=("2025-04-08", "2025-04-16"))

    # ---- 12. Other workingDays values --------------------------------------
    wd_rows = [
        ("EIR", "2025-11-03", 40, "reg 7 extension 40 working days"),
        ("EIRS", "2025-11-03", 40, "reg 7 extension 40 working days"),
        ("EIR", "2026-11-16", 40, "40 working days over Christmas 2026"),
        ("EIRS", "2026-11-16", 40, "40 working days over Christmas 2026"),
        ("FOIA", "2027-02-15", 40, "PIT extension 40 working days"),
        ("FOIA", "2024-10-01", 60, "60 working days over Christmas 2024"),
        ("FOISA", "2024-10-01", 60, "60 working days over Christmas 2024"),
        ("FOIA", "2025-12-24", 1, "one working day after Christmas Eve"),
        ("FOISA", "2025-12-31", 1, "one working day after Hogmanay"),
        ("FOIA", "2023-05-03", 5, "five working days over coronation"),
        ("FOISA", "2026-06-11", 5, "five working days over 15 June"),
        ("FOIA", "2026-07-06", 30, "archives 30 working days"),
        ("FOISA", "2028-11-01", 30, "Keeper 30 working days"),
    ]
    for reg, rec, n, label in wd_rows:
        t.wd("%s received %s %s" % (reg, rec, label), reg, rec, n=n)

    # ---- 13. SAR ------------------------------------------------------------
    for y in range(2023, 2029):
        leap = calendar.isleap(y)
        feb_end = D(y, 2, 29 if leap else 28)
        roll = ("" if feb_end.weekday() < 5
                else " which is a %s so moves to Monday" % wk(feb_end))
        t.sar("SAR received 31 Jan %d nominal last day of February %s%s%s"
              % (y, feb_end, " (leap year)" if leap else "", roll),
              D(y, 1, 31))
    t.sar("SAR received 29 Feb 2024 corresponding date 29 Mar is Good "
          "Friday", "2024-02-29")
    t.sar("SAR received 29 Feb 2028", "2028-02-29")
    t.sar("SAR received 30 Apr 2025 due 30 May", "2025-04-30")
    t.sar("SAR received 31 Mar 2025 April has 30 days", "2025-03-31")
    t.sar("SAR received 31 May 2026 June has 30 days", "2026-05-31")
    t.sar("SAR received 31 Aug 2027 September has 30 days", "2027-08-31")
    t.sar("SAR received 30 Nov 2026 due 30 Dec", "2026-11-30")
    t.sar("SAR received 31 Dec 2025 nominal Sat 31 Jan 2026 moves to Monday", "2025-12-31")
    t.sar("SAR received 3 Sep 2025 corresponding date", "2025-09-03")
    t.sar("SAR nominal due Sun 2025-06-01 moves to Monday", "2025-05-01")
    t.sar("SAR due on Christmas Day moves past Boxing Day", "2024-11-25")
    t.sar("SAR nominal due on Christmas substitute Mon 2027-12-27 moves past "
          "both substitutes to Wednesday",
          "2027-11-27")
    t.sar("SAR due on Easter Monday 2026 moves to Tuesday", "2026-03-06")
    t.sar("SAR nominal due on late August holiday 2025 moves to Tuesday", "2025-07-25")
    t.sar("SAR due on Scottish 2 January 2026 is E&W working day",
          "2025-12-02")
    t.sar("SAR due on NI St Patricks Day 2026 is E&W working day",
          "2026-02-17")
    t.sar("SAR due on St Andrews Day 2026 is E&W working day", "2026-10-30")
    t.sar("SAR received on Christmas Day 2025 nominal Sun 25 Jan", "2025-12-25")
    t.sar("SAR extension 1 month received 31 Jan 2027", "2027-01-31", ext=1)
    t.sar("SAR extension 2 months 31 Mar plus 3 months is 30 Jun",
          "2025-03-31", ext=2)
    t.sar("SAR extension 2 months received 30 Nov 2027 due end Feb 2028",
          "2027-11-30", ext=2)
    t.sar("SAR extension 2 months received 31 Oct 2026 nominal Sun 31 Jan "
          "2027 moves to Monday",
          "2026-10-31", ext=2)
    t.sar("SAR extension 2 months received 31 Dec 2023 nominal 31 Mar 2024 "
          "Easter Sunday moves past Easter Monday", "2023-12-31", ext=2)
    t.sar("SAR fee paid later than receipt restarts from payment",
          "2025-01-10", fees_paid="2025-01-20")
    t.sar("SAR fee paid 31 Jan 2024 later than receipt due 29 Feb",
          "2024-01-15", fees_paid="2024-01-31")
    t.sar("SAR clarification pause 10 days", "2025-06-02",
          clar=("2025-06-05", "2025-06-15"))
    t.sar("SAR clarification pause over Christmas", "2026-11-20",
          clar=("2026-11-25", "2026-12-02"))
    t.sar("SAR clarification pause with fee and 1 month extension",
          "2027-04-01", ext=1, fees_paid="2027-04-05",
          clar=("2027-04-10", "2027-04-20"))
    t.sar("SAR late 2028 needs 2029 and is dropped", "2028-12-15")


def main(argv):
    try:
        sys.stdout.reconfigure(encoding="utf-8")
    except AttributeError:
        pass
    if len(argv) != 2:
        sys.stderr.write("usage: python3 oracle.py bank-holidays.csv\n")
        return 2
    oracle = Oracle(load_holidays(argv[1]))
    table = Table(oracle)
    build(table)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(HEADER)
    out.writerows(table.rows)
    sys.stderr.write("%d rows written, %d dropped (out of range), "
                     "duplicates skipped\n" % (len(table.rows), table.dropped))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
