# NameError with a "Did you mean" suggestion from the local names.
def count_words(text):
    word_count = len(text.split())
    return word_cont

count_words("a b c")
