"""A table of the zone as a pandas DataFrame (pandas is the optional extra: ``pip install '.[pandas]'``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import Zone
from .tables import TABLE_SCHEMAS, zone_tables

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe"]

_DTYPES = {"integer": "Int64", "string": "string", "number": "float64", "date": "datetime64[s]"}
_INT64 = 2**63  # pandas' Int64 holds -2**63 to 2**63 - 1; a record's integer may have 50 digits


def to_dataframe(zone: Zone, table: str, *, exact: bool = False) -> pd.DataFrame:
    """Return the table named *table* (such as ``"areas"``) of *zone* as a :class:`pandas.DataFrame`.

    Integer columns are pandas' nullable ``Int64`` (``object``, of Python ints, if one holds a
    number beyond it), text ``string``, sizes ``float64`` and dates ``datetime64``. A float prints
    the bundled sizes as written (they have at most two decimals) but rounds a size of more digits
    than it holds: with ``exact=True`` sizes stay :class:`~decimal.Decimal` and dates
    :class:`datetime.date` (``object`` columns), for exact sums. Raises :class:`ImportError` naming
    the extra to install when pandas is missing, :class:`KeyError` for an unknown table and
    :class:`TypeError` for an argument of the wrong type.

    >>> import xinjiang_fta
    >>> areas = to_dataframe(xinjiang_fta.ZONE, "areas")
    >>> areas["area_km2"].tolist(), to_dataframe(xinjiang_fta.ZONE, "areas", exact=True)["area_km2"].sum()
    ([134.6, 28.48, 16.58], Decimal('179.66'))
    """
    if not isinstance(table, str):
        raise TypeError(f"table must be a str, the name of a table, not {type(table).__name__}")
    if table not in TABLE_SCHEMAS:
        raise KeyError(f"no table {table!r}: expected one of {', '.join(TABLE_SCHEMAS)}")
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            "to_dataframe needs pandas: pip install pandas "
            "(or the 'pandas' extra: pip install '.[pandas]' in a checkout)"
        ) from error
    data = zone_tables(zone)[table]
    frame = pd.DataFrame.from_records(list(data.rows), columns=list(data.schema.column_names))
    types: dict[str, Any] = {}
    for i, column in enumerate(data.schema.columns):
        if any(isinstance(v, int) and not -_INT64 <= v < _INT64 for v in (row[i] for row in data.rows)):
            types[column.name] = object  # Python's ints
        elif not (exact and column.type in ("number", "date")):
            types[column.name] = _DTYPES[column.type]
    return frame.astype(types)
