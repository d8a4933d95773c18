"""What the answer to a question asserts ("did X vote on ES-11/6? no, it stayed away"): read with the question's
actors and event, unless it names its own."""
from __future__ import annotations

from collections.abc import Callable

from factcheck.ledger.dates import FuzzyDate
from factcheck.reading.asking import ANSWER_WORD, answered_statement, named_statement
from factcheck.reading.phrases import Vocabulary, events_named
from factcheck.reading.readings import Context, Reading
from factcheck.reading.roles import country_of
from factcheck.reading.text import fold

# reading.reader's read(), passed in: this module sits below the reader that calls it
Reader = Callable[[Vocabulary, str, "FuzzyDate | None", "list[str] | None", "Context | None"], "list[Reading]"]


def answer_to(vocabulary: Vocabulary, asked: str, answered: str, document_date: FuzzyDate | None,
              context: Context, read: Reader) -> list[Reading]:
    """What the answer to a question asserts: its actors and event are the question's unless it names its own."""
    stems = vocabulary.text_stems(asked)
    named = events_named(vocabulary, stems)
    question, said = fold(asked), fold(answered)
    mentions = vocabulary.spotter.mentions(question)
    actors = [country_of(vocabulary.ledger, m.entity) for m in mentions]
    hint = Context(context.event, named[0] if len(named) == 1 else None)
    answer = ANSWER_WORD.sub("", answered, count=1) if ANSWER_WORD.match(answered) else answered
    # (else what it asks, answered by a bare yes or no, "Did X join? No.", or by naming actors, "Who …? Belarus.")
    return read(vocabulary, answer, document_date, actors, hint) or read(
        vocabulary, answered_statement(asked, answered, [(m.start, m.end) for m in mentions]), document_date, None,
        context) or read(vocabulary, named_statement(question, said, [
            (m.start, m.end) for m in vocabulary.spotter.mentions(said)]), document_date, None, context)
