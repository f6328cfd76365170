# More than 15 sub-exceptions: the rest are summarised as "and N more exceptions".
errors = [ValueError(i) for i in range(18)]
raise ExceptionGroup("many", errors)
