"""Stand-ins for downloads that the offline mirror cannot hold: same file layout, made-up values.

The Jena climate CSV cannot be had without a network, yet chapter 6 loads it through
``keras.utils.get_file`` exactly as a reader does. So that tests and recordings still run
that code, ``offline_data`` serves, in strict runs only, a file made here with the real
file's schema (column names and order, ``dd.mm.yyyy HH:MM:SS`` timestamps every 10 minutes
from 01.01.2009 00:10:00, the -9999 wind readings, a duplicated and a missing row). Its values
are synthetic and mean nothing: the recording run keeps no output of a block that read a
stand-in (see ``record``), and the pages state no number from one.
"""
from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import numpy as np

JENA_ZIP = "jena_climate_2009_2016.csv.zip"
JENA_CSV = "jena_climate_2009_2016.csv"
JENA_COLUMNS = [
    "Date Time", "p (mbar)", "T (degC)", "Tpot (K)", "Tdew (degC)", "rh (%)", "VPmax (mbar)",
    "VPact (mbar)", "VPdef (mbar)", "sh (g/kg)", "H2OC (mmol/mol)", "rho (g/m**3)", "wv (m/s)",
    "max. wv (m/s)", "wd (deg)",
]


def jena_climate_csv(path: Path, days: int = 70) -> Path:
    """Write a stand-in for the Jena CSV at ``path``: ``days`` of 10-minute rows, deterministic."""
    import pandas as pd

    rng = np.random.default_rng(0)
    times = pd.date_range("2009-01-01 00:10", periods=days * 144, freq="10min")
    hours = np.arange(len(times)) / 6
    temp = 2 + 4 * np.sin(2 * np.pi * (hours - 9) / 24) + rng.normal(0, 1, len(times)).cumsum() * 0.05
    pressure = 990 + rng.normal(0, 0.2, len(times)).cumsum()
    humidity = np.clip(80 - 2 * (temp - 2) + rng.normal(0, 3, len(times)), 5, 100)
    saturation = 6.1078 * np.exp(17.27 * temp / (temp + 237.3))   # Tetens' formula, hPa
    vapour = saturation * humidity / 100
    wind = np.abs(rng.normal(2, 1, len(times)))
    table = pd.DataFrame({
        "Date Time": times.strftime("%d.%m.%Y %H:%M:%S"),
        "p (mbar)": pressure,
        "T (degC)": temp,
        "Tpot (K)": temp + 273.15 + 0.1 * (1000 - pressure) / 10,
        "Tdew (degC)": temp - (100 - humidity) / 5,
        "rh (%)": humidity,
        "VPmax (mbar)": saturation,
        "VPact (mbar)": vapour,
        "VPdef (mbar)": saturation - vapour,
        "sh (g/kg)": 622 * vapour / pressure,
        "H2OC (mmol/mol)": 1000 * vapour / pressure,
        "rho (g/m**3)": 1.2e5 * pressure / (287.05 * (temp + 273.15)) / 100,
        "wv (m/s)": wind,
        "max. wv (m/s)": wind * 1.8,
        "wd (deg)": rng.uniform(0, 360, len(times)),
    })[JENA_COLUMNS].round(2)
    table.loc[[100, 2000], ["wv (m/s)", "max. wv (m/s)"]] = -9999.0   # as in the real file
    table = pd.concat([table.iloc[:500], table.iloc[[499]], table.iloc[500:3000], table.iloc[3001:]])
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    table.to_csv(partial, index=False)
    partial.replace(path)   # a run that reads the file never sees half of it
    return path


@cache   # written once per process, so a changed generator never meets an old file
def jena_climate_folder() -> Path:
    """The folder ``get_file(origin=...zip, extract=True)`` returns, holding the stand-in CSV."""
    folder = Path(tempfile.gettempdir()) / "rnnbook-standins" / JENA_ZIP
    jena_climate_csv(folder / JENA_CSV)
    return folder


# Official download name -> function returning the path get_file would return for it.
STANDINS = {JENA_ZIP: jena_climate_folder}
