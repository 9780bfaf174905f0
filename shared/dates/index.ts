// Public API of the dates module: time-zone-free calendar dates and payment terms.
export {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  todayIn,
  yearOf,
  type IsoDate,
} from './isoDate';
export { describeTerm, discountDeadline, dueDate, type PaymentTerm } from './terms';
