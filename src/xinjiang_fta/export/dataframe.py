"""A table of the zone as a pandas DataFrame (pandas is the optional extra: ``pip install '.[pandas]'``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Zone
from .tables import TABLE_SCHEMAS, zone_tables

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe"]


def to_dataframe(zone: Zone, table: str) -> pd.DataFrame:
    """Return the table named *table* (such as ``"areas"``) of *zone* as a :class:`pandas.DataFrame`.

    Integer columns have pandas' nullable ``Int64`` type and text columns its
    ``string`` type; sizes stay exact :class:`~decimal.Decimal` values and dates
    :class:`datetime.date` values (``object`` columns), so nothing is rounded:
    convert them yourself if you accept that. Raises :class:`ImportError`
    naming the extra to install when pandas is missing, and :class:`KeyError`
    for an unknown table.

    >>> import xinjiang_fta
    >>> frame = to_dataframe(xinjiang_fta.ZONE, "areas")
    >>> frame["area_km2"].sum()
    Decimal('179.66')
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
    names = data.schema.column_names
    frame = pd.DataFrame.from_records(list(data.rows), columns=list(names))
    kinds = {"integer": "Int64", "string": "string"}
    dtypes = {column.name: kinds.get(column.type, "object") for column in data.schema.columns}
    return frame.astype(dtypes)
