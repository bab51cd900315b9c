"""The T1–T7 tables' titles and column headings in English, for the English
interface (the printouts, the XLSX and `fpdesk report --json` keep the Chinese
of FORMATS.md §3). Method and benefit columns take their English from the codes."""

from __future__ import annotations

from fpdesk.domain.codes import BENEFIT_PROGRAM, METHOD

TITLES_EN = {
    "T1": "Population change", "T2": "Births", "T3": "Contraception of married women 15–49",
    "T4": "Contraceptive services", "T5": "Health checks and follow-ups", "T6": "Migrant population",
    "T7": "Rewards, assistance and allowances",
}
UNIT_EN = "Unit"
TOTAL_EN = "Total"
EARLIER_EN = "Same period last year"
CHANGE_EN = "Change on last year"

_HEADINGS_EN = {
    # T1
    "pop_start": "Population at start", "births": "Births", "deaths": "Deaths", "moved_in": "Moved in",
    "moved_out": "Moved out", "pop_end": "Population at end", "birth_rate": "Birth rate (‰)",
    "death_rate": "Death rate (‰)", "growth_rate": "Natural growth rate (‰)",
    # T2
    "male": "Boys", "female": "Girls", "order1": "First child", "order2": "Second child",
    "order3plus": "Third child or later", "sex_ratio": "Sex ratio at birth (girls = 100)",
    "hospital_rate": "Hospital delivery rate (%)", "on_time_rate": "Reported on time (%)",
    "late_reported": "Late reports of earlier births",
    # T3
    "married_women": "Married women 15–49", "any_method": "Using a method", "long_acting": "Long-acting",
    "prevalence": "Contraceptive prevalence (%)",
    # T4
    "iud_in": "IUD insertions", "iud_out": "IUD removals", "female_ster": "Female sterilisations",
    "male_ster": "Male sterilisations", "implant_in": "Implant insertions", "implant_out": "Implant removals",
    "postpartum_due": "Postpartum visits due", "postpartum_done": "Postpartum visits made",
    "postpartum_rate": "Postpartum visit rate (%)", "informed_choice_rate": "Informed choice rate (%)",
    # T5
    "check_eligible": "Due a check", "checked": "Checked", "check_rate": "Check rate (%)",
    "declined": "Declined", "cervical_screened": "Cervical cancer screening",
    "breast_screened": "Breast cancer screening", "followups_due": "Follow-ups due",
    "followups_done": "Follow-ups made", "followup_rate": "Follow-up rate (%)",
    # T6
    "outflow_women": "Women 15–49 moved out", "inflow_women": "Women 15–49 moved in",
    "contacted": "Contacted in the period", "contact_rate": "Contact rate (%)",
}
_MEASURES_EN = {"persons": "beneficiaries", "confirmed": "confirmed", "paid": "paid", "amount": "amount (yuan)"}


def heading_en(key: str) -> str:
    """A column's English heading (its id when none is known)."""
    if key in _HEADINGS_EN:
        return _HEADINGS_EN[key]
    if key[:1] == "m" and key[1:].isdigit():            # T3: a method
        return METHOD.label(int(key[1:]), "en")
    program, _, measure = key.partition("_")
    if program[:1] == "p" and program[1:].isdigit() and measure in _MEASURES_EN:   # T7
        return f"{BENEFIT_PROGRAM.label(int(program[1:]), 'en')} · {_MEASURES_EN[measure]}"
    return key
