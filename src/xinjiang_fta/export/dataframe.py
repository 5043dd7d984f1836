"""A table of the zone as a pandas DataFrame (pandas is the optional extra: ``pip install '.[pandas]'``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Zone
from .tables import TABLE_SCHEMAS, zone_tables

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe"]

_DTYPES = {"integer": "Int64", "string": "string", "number": "float64", "date": "datetime64[s]"}
"""pandas' type for each type of column; with ``exact=True``, sizes and dates stay ``object``."""


def to_dataframe(zone: Zone, table: str, *, exact: bool = False) -> pd.DataFrame:
    """Return the table named *table* (such as ``"areas"``) of *zone* as a :class:`pandas.DataFrame`.

    Integer columns are pandas' nullable ``Int64``, text ``string``, sizes ``float64``
    (they have at most two decimals, so each prints as written) and dates ``datetime64``.
    With ``exact=True`` sizes stay :class:`~decimal.Decimal` and dates :class:`datetime.date`
    (``object`` columns), for exact sums. Raises :class:`ImportError` naming the extra to
    install when pandas is missing, and :class:`KeyError` for an unknown table.

    >>> import xinjiang_fta
    >>> areas = to_dataframe(xinjiang_fta.ZONE, "areas")
    >>> areas["area_km2"].tolist(), to_dataframe(xinjiang_fta.ZONE, "areas", exact=True)["area_km2"].sum()
    ([134.6, 28.48, 16.58], Decimal('179.66'))
    """
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
    exact_types = ("number", "date") if exact else ()
    return frame.astype({c.name: _DTYPES[c.type] for c in data.schema.columns if c.type not in exact_types})
