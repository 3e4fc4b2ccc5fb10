/** Common forenames in England and Wales across the birth cohorts of adult social care users. */
export const FEMALE_GIVEN_NAMES = [
  'Margaret', 'Patricia', 'Jean', 'Joan', 'Dorothy', 'Barbara', 'Sheila', 'Irene', 'Doreen', 'Eileen',
  'Brenda', 'Maureen', 'Pauline', 'Christine', 'Susan', 'Linda', 'Janet', 'Carol', 'Elaine', 'Valerie',
  'Sandra', 'Julie', 'Karen', 'Tracey', 'Nicola', 'Joanne', 'Sarah', 'Claire', 'Emma', 'Rebecca',
  'Laura', 'Gemma', 'Hannah', 'Sophie', 'Chloe', 'Amy', 'Jessica', 'Megan', 'Aisha', 'Fatima',
  'Priya', 'Shabana', 'Grace', 'Olivia', 'Zainab', 'Bernadette', 'Kathleen', 'Mary', 'Ann', 'Gwen',
] as const;

export const MALE_GIVEN_NAMES = [
  'John', 'David', 'Michael', 'Peter', 'Robert', 'William', 'James', 'Brian', 'Kenneth', 'Ronald',
  'Derek', 'Geoffrey', 'Alan', 'Keith', 'Trevor', 'Colin', 'Graham', 'Stephen', 'Paul', 'Mark',
  'Andrew', 'Gary', 'Ian', 'Neil', 'Darren', 'Lee', 'Craig', 'Daniel', 'Matthew', 'Christopher',
  'Thomas', 'Ryan', 'Jack', 'Liam', 'Callum', 'Joshua', 'Mohammed', 'Imran', 'Tariq', 'Rajesh',
  'Sanjay', 'Kwame', 'Tunde', 'Patrick', 'Sean', 'Dylan', 'Owen', 'Harry', 'George', 'Arthur',
] as const;

/** Surnames drawn from the most frequent in England and Wales, with the country's diversity. */
export const FAMILY_NAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths',
  'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy',
  'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh',
  'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali',
  'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight',
  'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey',
  'Ahmed', 'Okafor', 'Mensah', 'Nowak', 'Kowalski', 'Chen', 'Nguyen', "O'Brien", 'McDonald', 'Shah',
] as const;
