# Chapter 3: the IMDB reviews as integer sequences, split into training and validation
# sets and padded to one length. Chapter 4 includes the sections load, split and pad as
# well, in that order: keep their names and the variables they define.

# --8<-- [start:load]
import keras

(train_input, train_target), (test_input, test_target) = keras.datasets.imdb.load_data(num_words=500)
print(train_input.shape, test_input.shape)
# --8<-- [end:load]

# --8<-- [start:split]
from sklearn.model_selection import train_test_split

train_input, val_input, train_target, val_target = train_test_split(
    train_input, train_target, test_size=0.2, random_state=42)
print(train_input.shape, val_input.shape)
# --8<-- [end:split]

# --8<-- [start:pad]
train_seq = keras.utils.pad_sequences(train_input, maxlen=100)
val_seq = keras.utils.pad_sequences(val_input, maxlen=100)
test_seq = keras.utils.pad_sequences(test_input, maxlen=100)
print(train_seq.shape, val_seq.shape, test_seq.shape)
# --8<-- [end:pad]
