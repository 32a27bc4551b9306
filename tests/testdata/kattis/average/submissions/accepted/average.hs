-- Haskell: not a language the judge runs; listed as skipped.
main :: IO ()
main = do
  _ <- getLine
  xs <- fmap (map read . words) getLine :: IO [Double]
  print (sum xs / fromIntegral (length xs))
