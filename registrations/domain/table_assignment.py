"""Split people into tables of a chosen size with maximum diversity.

Pure functions on plain data: ``people`` is ``{person_id: [category_id, ...]}``.
Diversity is measured by *clashes*: pairs of people at the same table who share a
category (fewer is more diverse). The best achievable bound spreads every category as
evenly as the table sizes allow; it is a lower bound on clashes that a real
assignment may not reach, because categories interact.

Used for the panel's tables and, unchanged, for the demonstration's random groups of 5.
"""

import random
from collections import Counter
from dataclasses import dataclass

# A fixed number of tries (not a time budget) keeps the result reproducible from the seed.
MAX_SWAP_TRIES = 40000
STALE_TRIES = 5000


@dataclass
class Assignment:
    tables: list  # list of lists of person ids, table 1 first
    clashes: int
    best_bound: int

    @property
    def score(self):
        """100 when the assignment reaches the bound; lower the further it is."""
        if self.clashes == 0:
            return 100.0
        return round(100.0 * self.best_bound / self.clashes, 1)


def table_sizes(people_count, table_size):
    """Balanced sizes: as few tables as needed, none more than one person short."""
    if people_count == 0:
        return []
    count = -(-people_count // table_size)
    base, extra = divmod(people_count, count)
    return [base + 1 if index < extra else base for index in range(count)]


def best_bound(people, sizes):
    """Fewest clashes possible if each category were spread perfectly evenly."""
    totals = Counter(category for categories in people.values() for category in categories)
    tables = len(sizes)
    bound = 0
    for count in totals.values():
        per_table, extra = divmod(count, tables)
        bound += extra * (per_table + 1) * per_table // 2 + (tables - extra) * per_table * (per_table - 1) // 2
    return bound


def assign_tables(people, table_size, seed):
    """Assign every person to a table; the same inputs and seed give the same tables."""
    rng = random.Random(seed)
    ids = sorted(people)
    rng.shuffle(ids)
    sizes = table_sizes(len(ids), table_size)
    counts = [Counter() for _ in sizes]
    tables = [[] for _ in sizes]
    for person in ids:
        _place_greedily(person, people[person], tables, counts, sizes, rng)
    _improve_by_swaps(people, tables, counts, rng)
    clashes = sum(count * (count - 1) // 2 for table in counts for count in table.values())
    return Assignment(tables=tables, clashes=clashes, best_bound=best_bound(people, sizes))


def _place_greedily(person, categories, tables, counts, sizes, rng):
    best, best_key = None, None
    for index, table in enumerate(tables):
        if len(table) >= sizes[index]:
            continue
        key = (sum(counts[index][category] for category in categories), len(table), rng.random())
        if best_key is None or key < best_key:
            best, best_key = index, key
    tables[best].append(person)
    counts[best].update(categories)


def _swap_gain(sets, counts, first_table, first, second_table, second):
    """How many clashes disappear if ``first`` and ``second`` change tables. A person
    has one category per feature, so a category moves one way or not at all; moving
    one person out of a table with n of a category removes n - 1 pairs, moving one in
    to a table with m adds m."""
    a, b = sets[first], sets[second]
    gain = 0
    for category in a - b:
        gain += counts[first_table][category] - 1 - counts[second_table][category]
    for category in b - a:
        gain += counts[second_table][category] - 1 - counts[first_table][category]
    return gain


def _improve_by_swaps(people, tables, counts, rng):
    if len(tables) < 2:
        return
    sets = {person: frozenset(categories) for person, categories in people.items()}
    table_count = len(tables)
    stale = 0
    for _try in range(MAX_SWAP_TRIES):
        if stale >= STALE_TRIES:
            break
        first_table, second_table = rng.sample(range(table_count), 2)
        i = rng.randrange(len(tables[first_table]))
        j = rng.randrange(len(tables[second_table]))
        first, second = tables[first_table][i], tables[second_table][j]
        if _swap_gain(sets, counts, first_table, first, second_table, second) > 0:
            tables[first_table][i], tables[second_table][j] = second, first
            for category in sets[first] - sets[second]:
                counts[first_table][category] -= 1
                counts[second_table][category] += 1
            for category in sets[second] - sets[first]:
                counts[second_table][category] -= 1
                counts[first_table][category] += 1
            stale = 0
        else:
            stale += 1
