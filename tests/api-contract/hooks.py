"""Schemathesis hooks for the schuldhulp API contract test (loaded through SCHEMATHESIS_HOOKS).

The OpenAPI document declares `format: bsn` for a burgerservicenummer: nine digits that pass the elfproef
(domain/records/checks.ts). JSON Schema cannot say "elfproef", so positive test data draws BSNs from this
strategy instead of from the bare pattern.
"""
import schemathesis
from hypothesis import strategies as st


def _elfproef(digits):
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(d * w for d, w in zip(digits, weights)) % 11 == 0


@st.composite
def _bsn(draw):
    first = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8))
    partial = sum(d * w for d, w in zip(first, [9, 8, 7, 6, 5, 4, 3, 2]))
    last = partial % 11
    if last > 9:
        # No last digit makes this one valid: change the first digit and try again.
        first[0] = (first[0] + 1) % 10
        partial = sum(d * w for d, w in zip(first, [9, 8, 7, 6, 5, 4, 3, 2]))
        last = partial % 11
    digits = first + [last]
    if last > 9 or not _elfproef(digits) or sum(digits) == 0:
        return "999990019"
    return "".join(str(d) for d in digits)


schemathesis.openapi.format("bsn", _bsn())


@st.composite
def _iban(draw):
    """A Dutch IBAN with a right mod-97 check: NLkk BANK 0123456789."""
    bank = draw(st.sampled_from(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]))
    account = "".join(str(d) for d in draw(st.lists(st.integers(0, 9), min_size=10, max_size=10)))
    digits = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bank + account + "NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}{bank}{account}"


schemathesis.openapi.format("iban", _iban())
